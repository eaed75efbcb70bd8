using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Reporting.Ingest.Sources.Http;

namespace Reporting.Ingest.Sources.Jira;

/// <summary>
/// Jira Server / Data Center search, <c>GET /rest/api/2/search</c>: the same bounded JQL, paged by
/// <c>startAt</c>/<c>maxResults</c> against <c>total</c>. Offsets shift if an issue is updated during the
/// pull (it moves to the end); the next pull's overlap re-reads around the watermark.
/// </summary>
public sealed class JiraServerSearchSource(string name, SourceOptions options, SourceHttpClient http) : ITicketSource
{
    public const int MaxPageSize = 100;

    public string Kind => SourceKinds.JiraServer;

    public async IAsyncEnumerable<SourcePage> ReadAsync(PullStart start, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var mapper = new JiraPageMapper(name, options, http, "2");
        var guard = new PagingGuard(name, "startAt");
        var from = UpdatedWatermark.From(name, start, options);
        var latest = UpdatedWatermark.Initial(name, start);
        var jql = JiraQuery.Jql(options.Projects, from, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));
        var pageSize = options.PageSize is > 0 ? options.PageSize : MaxPageSize;
        var startAt = 0L;
        guard.Visit("0");
        while (true)
        {
            using var page = await http.GetJsonAsync(
                $"rest/api/2/search?jql={Uri.EscapeDataString(jql)}&fields={JiraQuery.Fields}&expand=changelog&startAt={startAt}&maxResults={pageSize}",
                cancellationToken);
            var issues = PageItems.Array(page.Root, "issues", p => http.MalformedPage(page, p)).ToList();
            var total = page.Root.TryGetProperty("total", out var t) && t.ValueKind == JsonValueKind.Number
                ? t.GetInt64()
                : throw http.MalformedPage(page, "'total' is missing or not a number");
            var answeredAt = page.Root.TryGetProperty("startAt", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : startAt;

            (var mapped, latest) = await mapper.MapAsync(page, issues, latest, cancellationToken);
            yield return mapped;
            var next = answeredAt + issues.Count;
            if (issues.Count == 0 || next >= total)
            {
                yield break;
            }

            guard.Visit(next.ToString(CultureInfo.InvariantCulture));
            startAt = next;
        }
    }
}
