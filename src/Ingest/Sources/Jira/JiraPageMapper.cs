using System.Text.Json;
using Reporting.Ingest.Jira;
using Reporting.Ingest.Sources.Http;

namespace Reporting.Ingest.Sources.Jira;

/// <summary>Turns one page of Jira search results into a <see cref="SourcePage"/>, shared by the Cloud and Server modes.</summary>
public sealed class JiraPageMapper(string name, SourceOptions options, SourceHttpClient http, string apiVersion)
{
    private readonly JiraCommentCompleter _comments = new(http, apiVersion);

    public async Task<(SourcePage Page, DateTime? Latest)> MapAsync(
        ApiPage page, IReadOnlyList<(int Position, JsonElement Item)> issues, DateTime? latest, CancellationToken cancellationToken)
    {
        var complete = new List<(int, JsonElement)>(issues.Count);
        foreach (var (position, issue) in issues)
        {
            complete.Add((position, issue.ValueKind == JsonValueKind.Object ? await _comments.CompleteAsync(issue, cancellationToken) : issue));
        }

        var input = $"{name} {page.Reference}";
        var (tickets, rejects) = PageItems.Map(complete, input,
            issue => TagFieldMapping.Apply(JiraIssueMapper.Map(issue, name), options.Fields));
        latest = UpdatedWatermark.Advance(latest, issues.Select(i => i.Item),
            i => i.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Object && f.TryGetProperty("updated", out var u) ? u : null);
        return (new SourcePage(input, tickets, rejects, latest is { } at ? UpdatedWatermark.Format(at) : null), latest);
    }
}
