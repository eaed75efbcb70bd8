using System.Globalization;
using System.Text.Json;
using Reporting.Ingest.Files;
using Reporting.Ingest.Tickets;
using static Reporting.Ingest.Sources.JsonFields;

namespace Reporting.Ingest.Sources.GitHub;

/// <summary>
/// Maps a GitHub issue (REST <c>/repos/{owner}/{repo}/issues</c> shape) to the canonical ticket: the
/// issue number is the id, labels are tags (and service/team through the configured prefixes), the
/// repository is the product unless one is configured, comments (when read) are events.
/// </summary>
public sealed class GitHubIssueMapper(string source, string repository, FieldMappingOptions fields)
{
    public TicketRecord Map(JsonElement issue, IReadOnlyList<TicketEvent>? comments)
    {
        var number = issue.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number
            ? n.GetInt64()
            : throw new RecordFormatException("number", "is missing or not a number");
        var reporter = Login(issue, "user");
        var ticket = new TicketRecord
        {
            Source = source,
            ExternalId = number.ToString(CultureInfo.InvariantCulture),
            CreatedAt = Timestamp(issue, "created_at") ?? throw new RecordFormatException("created_at", "is missing"),
            UpdatedAt = Timestamp(issue, "updated_at"),
            ResolvedAt = Timestamp(issue, "closed_at"),
            FirstResponseAt = comments?.Where(c => c.Actor is not null && c.Actor != reporter).Select(c => (DateTime?)c.At).Min(),
            Status = Text(issue, "state"),
            Type = issue.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Object ? Text(type, "name") : null,
            Channel = "github",
            Reporter = reporter,
            Assignee = Login(issue, "assignee"),
            Subject = Text(issue, "title") ?? "",
            Body = Text(issue, "body") ?? "",
            Product = fields.Product ?? repository,
            Tags = Labels(issue),
            Events = comments,
        };
        return TagFieldMapping.Apply(ticket, fields);
    }

    /// <summary>Maps one comment of <c>/issues/{number}/comments</c>.</summary>
    public static TicketEvent Comment(JsonElement c)
    {
        var id = c.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.Number ? i.GetRawText()
            : throw new RecordFormatException("comments[].id", "is missing");
        var at = Timestamp(c, "created_at") ?? throw new RecordFormatException("comments[].created_at", "is missing");
        return new TicketEvent(id, at, TicketEvent.Comment, Login(c, "user"), Text(c, "body"));
    }

    /// <summary>
    /// Maps one event of <c>/issues/{number}/events</c>: <c>labeled</c> and <c>unlabeled</c> become
    /// <c>tag_added</c>/<c>tag_removed</c> (labels are tags); other events say nothing the owner model reads.
    /// </summary>
    public static TicketEvent? LabelChange(JsonElement e)
    {
        var kind = Text(e, "event") switch
        {
            "labeled" => TicketEvent.TagAdded,
            "unlabeled" => TicketEvent.TagRemoved,
            _ => null,
        };
        if (kind is null || !e.TryGetProperty("label", out var label) || label.ValueKind != JsonValueKind.Object || Text(label, "name") is not { Length: > 0 } name)
        {
            return null;
        }

        var id = e.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.Number ? i.GetRawText()
            : throw new RecordFormatException("events[].id", "is missing");
        var at = Timestamp(e, "created_at") ?? throw new RecordFormatException("events[].created_at", "is missing");
        return new TicketEvent($"l{id}", at, kind, Login(e, "actor"), name);
    }

    /// <summary>Labels are objects with a name (or, in older payloads, plain strings).</summary>
    private static List<string> Labels(JsonElement issue)
    {
        var labels = new List<string>();
        if (issue.TryGetProperty("labels", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var label in array.EnumerateArray())
            {
                var name = label.ValueKind == JsonValueKind.String ? label.GetString()
                    : label.ValueKind == JsonValueKind.Object ? Text(label, "name") : null;
                if (!string.IsNullOrEmpty(name))
                {
                    labels.Add(name);
                }
            }
        }

        return labels;
    }

    private static string? Login(JsonElement o, string name) =>
        o.TryGetProperty(name, out var user) && user.ValueKind == JsonValueKind.Object ? Text(user, "login") : null;
}
