using System.Text.Json;
using System.Text.Json.Nodes;
using Reporting.Ingest.Sources.Http;

namespace Reporting.Ingest.Sources.Jira;

/// <summary>
/// Search results may carry only the first comments of an issue (<c>fields.comment.total</c> says how
/// many there are). Since a ticket's events are replaced by what the source delivers, a truncated list
/// would delete history: the rest is read from <c>/rest/api/{2|3}/issue/{key}/comment</c> (startAt paging).
/// </summary>
public sealed class JiraCommentCompleter(SourceHttpClient http, string apiVersion)
{
    public async Task<JsonElement> CompleteAsync(JsonElement issue, CancellationToken cancellationToken)
    {
        if (!IsTruncated(issue, out var key))
        {
            return issue;
        }

        var comments = new JsonArray();
        var guard = new PagingGuard(http.Source, $"comment startAt of {key}");
        var startAt = 0;
        long total;
        do
        {
            guard.Visit(startAt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var page = await http.GetJsonAsync(
                $"rest/api/{apiVersion}/issue/{Uri.EscapeDataString(key)}/comment?startAt={startAt}&maxResults=100", cancellationToken);
            var items = PageItems.Array(page.Root, "comments", p => http.MalformedPage(page, p)).Select(i => i.Item).ToList();
            total = page.Root.TryGetProperty("total", out var t) && t.ValueKind == JsonValueKind.Number
                ? t.GetInt64()
                : throw http.MalformedPage(page, "'total' is missing");
            foreach (var c in items)
            {
                comments.Add(JsonNode.Parse(c.GetRawText()));
            }

            if (items.Count == 0)
            {
                break;
            }

            startAt += items.Count;
        }
        while (startAt < total);

        var node = JsonNode.Parse(issue.GetRawText())!;
        node["fields"]!["comment"] = new JsonObject
        {
            ["comments"] = comments,
            ["startAt"] = 0,
            ["maxResults"] = comments.Count,
            ["total"] = comments.Count,
        };
        return JsonSerializer.SerializeToElement(node);
    }

    private static bool IsTruncated(JsonElement issue, out string key)
    {
        key = issue.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : "";
        return key.Length > 0
               && issue.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object
               && fields.TryGetProperty("comment", out var comment) && comment.ValueKind == JsonValueKind.Object
               && comment.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Number
               && comment.TryGetProperty("comments", out var list) && list.ValueKind == JsonValueKind.Array
               && total.GetInt64() > list.GetArrayLength();
    }
}
