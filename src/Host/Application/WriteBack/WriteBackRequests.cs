using System.Text.Json;
using System.Text.Json.Nodes;
using Reporting.Ingest.Sources;

namespace Reporting.Host.Application.WriteBack;

/// <summary>
/// The documented write requests of each product: Zendesk updates the ticket with an internal note
/// (<c>comment.public = false</c>) or <c>additional_tags</c>; Jira Cloud adds an ADF comment (v3), Jira Server/DC a plain
/// one (v2), and labels through an issue update; GitHub adds an issue comment (Markdown) or labels.
/// </summary>
public static class WriteBackRequests
{
    public static IReadOnlyList<WriteBackRequest> For(SourceOptions options, string ticketId, WriteBackNote note, string owner)
    {
        var requests = new List<WriteBackRequest>();
        var id = Uri.EscapeDataString(ticketId);
        var tag = options.WriteBack.Tag?.Replace("{owner}", Slug(owner), StringComparison.Ordinal);
        switch (options.Kind)
        {
            case SourceKinds.Zendesk:
                if (options.WriteBack.Comment)
                {
                    requests.Add(new(WriteBackRequest.Note, HttpMethod.Put, $"api/v2/tickets/{id}.json",
                        Json(new { ticket = new { comment = new { body = note.Text, @public = false } } })));
                }

                if (tag is not null)
                {
                    requests.Add(new(WriteBackRequest.Tag, HttpMethod.Put, $"api/v2/tickets/{id}.json", Json(new { ticket = new { additional_tags = new[] { tag } } })));
                }

                break;
            case SourceKinds.JiraCloud or SourceKinds.JiraServer:
                var version = options.Kind == SourceKinds.JiraCloud ? "3" : "2";
                if (options.WriteBack.Comment)
                {
                    JsonNode body = options.Kind == SourceKinds.JiraCloud ? Adf(note) : note.Text;
                    requests.Add(new(WriteBackRequest.Note, HttpMethod.Post, $"rest/api/{version}/issue/{id}/comment",
                        new JsonObject { ["body"] = body }.ToJsonString()));
                }

                if (tag is not null)
                {
                    requests.Add(new(WriteBackRequest.Tag, HttpMethod.Put, $"rest/api/{version}/issue/{id}",
                        Json(new { update = new { labels = new[] { new { add = tag } } } })));
                }

                break;
            case SourceKinds.GitHub:
                if (options.WriteBack.Comment)
                {
                    requests.Add(new(WriteBackRequest.Note, HttpMethod.Post, $"repos/{options.Repository}/issues/{id}/comments", Json(new { body = note.Text })));
                }

                if (tag is not null)
                {
                    requests.Add(new(WriteBackRequest.Tag, HttpMethod.Post, $"repos/{options.Repository}/issues/{id}/labels", Json(new { labels = new[] { tag } })));
                }

                break;
        }

        return requests;
    }

    /// <summary>How many actions a source's write-back records per ticket and decision.</summary>
    public static int Actions(WriteBackOptions options) => (options.Comment ? 1 : 0) + (options.Tag is null ? 0 : 1);

    /// <summary>Atlassian Document Format: one paragraph per line of the note.</summary>
    private static JsonObject Adf(WriteBackNote note) => new()
    {
        ["type"] = "doc",
        ["version"] = 1,
        ["content"] = new JsonArray(note.Lines.Select(line => (JsonNode)new JsonObject
        {
            ["type"] = "paragraph",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = line }),
        }).ToArray()),
    };

    /// <summary>Tags and labels take no spaces: "Payments API" becomes "payments-api".</summary>
    private static string Slug(string owner) =>
        string.Join('-', owner.ToLowerInvariant().Split([' ', '/', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
