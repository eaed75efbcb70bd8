using System.Runtime.CompilerServices;
using System.Text.Json;
using Reporting.Ingest.Sources.Http;

namespace Reporting.Ingest.Sources.Jira;

/// <summary>
/// Jira Cloud's enhanced search, <c>GET /rest/api/3/search/jql</c>: a bounded JQL ordered by
/// <c>updated</c>, paged by <c>nextPageToken</c> until <c>isLast</c> (there is no total). Descriptions
/// and comments arrive as Atlassian Document Format and are flattened by the issue mapper. The watermark
/// is the newest <c>updated</c> committed; page tokens expire, so a resumed pull starts a new query from it.
/// </summary>
public sealed class JiraCloudSearchSource(string name, SourceOptions options, SourceHttpClient http) : ITicketSource
{
    public const int MaxPageSize = 100;

    public string Kind => SourceKinds.JiraCloud;

    public async IAsyncEnumerable<SourcePage> ReadAsync(PullStart start, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var mapper = new JiraPageMapper(name, options, http, "3");
        var guard = new PagingGuard(name, "nextPageToken");
        var from = UpdatedWatermark.From(name, start, options);
        var latest = UpdatedWatermark.Initial(name, start);
        var jql = JiraQuery.Jql(options.Projects, from, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));
        var pageSize = options.PageSize is > 0 ? options.PageSize : MaxPageSize;
        string? token = null;
        while (true)
        {
            var url = $"rest/api/3/search/jql?jql={Uri.EscapeDataString(jql)}&fields={JiraQuery.Fields}&expand=changelog&maxResults={pageSize}"
                      + (token is null ? "" : $"&nextPageToken={Uri.EscapeDataString(token)}");
            using var page = await http.GetJsonAsync(url, cancellationToken);
            var issues = PageItems.Array(page.Root, "issues", p => http.MalformedPage(page, p)).ToList();
            var isLast = page.Root.TryGetProperty("isLast", out var last) && last.ValueKind == JsonValueKind.True;
            var next = page.Root.TryGetProperty("nextPageToken", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            if (!isLast && string.IsNullOrEmpty(next))
            {
                throw http.MalformedPage(page, "'isLast' is not true but 'nextPageToken' is missing");
            }

            (var mapped, latest) = await mapper.MapAsync(page, issues, latest, cancellationToken);
            yield return mapped;
            if (isLast || string.IsNullOrEmpty(next))
            {
                yield break;
            }

            guard.Visit(next);
            token = next;
        }
    }
}
