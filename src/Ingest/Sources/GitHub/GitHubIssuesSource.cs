using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Reporting.Ingest.Files;
using Reporting.Ingest.Sources.Http;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Sources.GitHub;

/// <summary>
/// GitHub issues of one repository: <c>GET /repos/{owner}/{repo}/issues?state=all&amp;sort=updated&amp;direction=asc&amp;since=…</c>,
/// paged by the <c>Link</c> header's <c>rel="next"</c>. The list also holds pull requests (items with a
/// <c>pull_request</c> key); they are counted as skipped, not ingested. Comments come from
/// <c>/issues/{number}/comments</c> and label changes from <c>/issues/{number}/events</c> when configured. The
/// watermark is the newest <c>updated_at</c> committed.
/// </summary>
public sealed class GitHubIssuesSource(string name, SourceOptions options, SourceHttpClient http) : ITicketSource
{
    public const int MaxPageSize = 100;

    /// <summary>Per-issue requests (comments, events) in flight at once; GitHub's secondary limits punish more.</summary>
    public int IssueRequestsInParallel { get; init; } = 2;

    public string Kind => SourceKinds.GitHub;

    public async IAsyncEnumerable<SourcePage> ReadAsync(PullStart start, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var repository = options.Repository!;
        var mapper = new GitHubIssueMapper(name, repository, options.Fields);
        var guard = new PagingGuard(name, "next page link");
        var from = UpdatedWatermark.From(name, start, options);
        var latest = UpdatedWatermark.Initial(name, start);
        var pageSize = options.PageSize is > 0 and <= MaxPageSize ? options.PageSize : MaxPageSize;
        var url = $"repos/{repository}/issues?state=all&sort=updated&direction=asc&per_page={pageSize}"
                  + (from is { } since ? "&since=" + since.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "");
        while (true)
        {
            using var page = await http.GetJsonAsync(url, cancellationToken);
            if (page.Root.ValueKind != JsonValueKind.Array)
            {
                throw http.MalformedPage(page, $"expected a JSON array of issues, found {page.Root.ValueKind}");
            }

            var items = page.Root.EnumerateArray().Select((item, i) => (Position: i + 1, Item: item)).ToList();
            var issues = items.Where(i => !(i.Item.ValueKind == JsonValueKind.Object && i.Item.TryGetProperty("pull_request", out _))).ToList();
            var comments = options.IncludeComments ? await PerIssueAsync(issues, "comments", HasComments, GitHubIssueMapper.Comment, cancellationToken) : null;
            var labels = options.IncludeFieldHistory ? await PerIssueAsync(issues, "events", _ => true, GitHubIssueMapper.LabelChange, cancellationToken) : null;
            var input = $"{name} {page.Reference}";
            var (tickets, rejects) = PageItems.Map(issues, input, issue => mapper.Map(issue, EventsOf(issue, comments, labels)));
            latest = UpdatedWatermark.Advance(latest, items.Select(i => i.Item), i => i.TryGetProperty("updated_at", out var u) ? u : null);
            yield return new SourcePage(input, tickets, rejects, latest is { } at ? UpdatedWatermark.Format(at) : null, items.Count - issues.Count);

            if (LinkHeader.Find(page.Headers, "next") is not { } next)
            {
                yield break;
            }

            guard.Visit(next.ToString());
            url = next.ToString();
        }
    }

    /// <summary>The issue's comments and label changes as fetched; null when neither was asked for.</summary>
    private static IReadOnlyList<TicketEvent>? EventsOf(
        JsonElement issue, ConcurrentDictionary<long, IReadOnlyList<TicketEvent>>? comments, ConcurrentDictionary<long, IReadOnlyList<TicketEvent>>? labels)
    {
        if (comments is null && labels is null)
        {
            return null;
        }

        var number = issue.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt64() : -1;
        IReadOnlyList<TicketEvent> Of(ConcurrentDictionary<long, IReadOnlyList<TicketEvent>>? lists) =>
            lists is not null && lists.TryGetValue(number, out var list) ? list : [];
        return labels is null ? Of(comments) : [.. Of(comments).Concat(Of(labels)).OrderBy(e => e.At)];
    }

    private static bool HasComments(JsonElement issue) =>
        issue.TryGetProperty("comments", out var c) && c.ValueKind == JsonValueKind.Number && c.GetInt32() > 0;

    /// <summary>Reads <c>/issues/{number}/{list}</c> for each issue that <paramref name="wanted"/>, a few at a time.</summary>
    private async Task<ConcurrentDictionary<long, IReadOnlyList<TicketEvent>>> PerIssueAsync(
        List<(int Position, JsonElement Item)> issues, string list, Func<JsonElement, bool> wanted, Func<JsonElement, TicketEvent?> map,
        CancellationToken cancellationToken)
    {
        var result = new ConcurrentDictionary<long, IReadOnlyList<TicketEvent>>();
        var numbers = issues
            .Where(i => i.Item.ValueKind == JsonValueKind.Object
                        && i.Item.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number && wanted(i.Item))
            .Select(i => i.Item.GetProperty("number").GetInt64())
            .ToList();
        await Parallel.ForEachAsync(numbers,
            new ParallelOptions { MaxDegreeOfParallelism = IssueRequestsInParallel, CancellationToken = cancellationToken },
            async (number, token) => result[number] = await ReadListAsync(number, list, map, token));
        return result;
    }

    private async Task<IReadOnlyList<TicketEvent>> ReadListAsync(long number, string list, Func<JsonElement, TicketEvent?> map, CancellationToken cancellationToken)
    {
        var events = new List<TicketEvent>();
        var guard = new PagingGuard(name, $"next {list} link of #{number}");
        var url = $"repos/{options.Repository}/issues/{number}/{list}?per_page=100";
        while (true)
        {
            using var page = await http.GetJsonAsync(url, cancellationToken);
            if (page.Root.ValueKind != JsonValueKind.Array)
            {
                throw http.MalformedPage(page, $"expected a JSON array of {list}, found {page.Root.ValueKind}");
            }

            foreach (var item in page.Root.EnumerateArray())
            {
                try
                {
                    if (map(item) is { } e)
                    {
                        events.Add(e);
                    }
                }
                catch (RecordFormatException ex)
                {
                    throw http.MalformedPage(page, ex.Message);
                }
            }

            if (LinkHeader.Find(page.Headers, "next") is not { } next)
            {
                return events;
            }

            guard.Visit(next.ToString());
            url = next.ToString();
        }
    }
}
