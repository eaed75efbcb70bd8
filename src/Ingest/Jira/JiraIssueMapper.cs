using System.Text.Json;
using Reporting.Ingest.Files;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Jira;

/// <summary>
/// Maps a Jira issue object (REST v2 from Server/Data Center and exports, or Cloud v3 with ADF text)
/// to the canonical ticket: project key → product, <c>PROJECT/first component</c> → service,
/// labels → tags, <c>Duplicate</c> links → duplicate_of, comments → events (the first comment by
/// someone other than the reporter is the first response). With <c>expand=changelog</c>, changes of
/// priority, issue type and labels become events, so the issue can be rolled back to how it was filed.
/// </summary>
public static class JiraIssueMapper
{
    public static TicketRecord Map(JsonElement issue, string source)
    {
        var key = issue.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String
            ? k.GetString()!
            : throw new RecordFormatException("key", "is missing");
        if (!issue.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Object)
        {
            throw new RecordFormatException("fields", "is missing");
        }

        var created = Timestamp(fields, "created") ?? throw new RecordFormatException("fields.created", "is missing");
        var project = Text(fields, "project", "key");
        var component = FirstName(fields, "components");
        var reporter = Person(fields, "reporter");
        var events = Comments(fields);
        var firstResponse = events
            .Where(e => e.Actor is not null && !string.Equals(e.Actor, reporter, StringComparison.Ordinal))
            .Select(e => (DateTime?)e.At)
            .Min();

        return new TicketRecord
        {
            Source = source,
            ExternalId = key,
            CreatedAt = created,
            UpdatedAt = Timestamp(fields, "updated"),
            ResolvedAt = Timestamp(fields, "resolutiondate"),
            FirstResponseAt = firstResponse,
            Status = Text(fields, "status", "name"),
            Priority = Text(fields, "priority", "name"),
            Type = Text(fields, "issuetype", "name"),
            Reporter = reporter,
            Subject = fields.TryGetProperty("summary", out var summary) ? AtlassianDocumentText.ToPlainText(summary) : "",
            Body = fields.TryGetProperty("description", out var description) ? AtlassianDocumentText.ToPlainText(description) : "",
            Product = project,
            Service = component is null ? null : project is null ? component : $"{project}/{component}",
            Assignee = Person(fields, "assignee"),
            Tags = Strings(fields, "labels"),
            DuplicateOf = DuplicateLinks(fields),
            AffectedVersions = Names(fields, "versions"),
            FixVersions = Names(fields, "fixVersions"),
            TimeSpentSeconds = fields.TryGetProperty("timespent", out var spent) && spent.ValueKind == JsonValueKind.Number
                ? spent.GetInt64()
                : null,
            Events = [.. events, .. FieldChanges(issue)],
        };
    }

    /// <summary>Changelog items for the fields a triager sets after filing; labels become one event per tag added or removed.</summary>
    private static List<TicketEvent> FieldChanges(JsonElement issue)
    {
        var events = new List<TicketEvent>();
        if (!issue.TryGetProperty("changelog", out var changelog) || changelog.ValueKind != JsonValueKind.Object
            || !changelog.TryGetProperty("histories", out var histories) || histories.ValueKind != JsonValueKind.Array)
        {
            return events;
        }

        var index = 0;
        foreach (var history in histories.EnumerateArray())
        {
            var at = Timestamp(history, "created")
                ?? throw new RecordFormatException($"changelog.histories[{index}].created", "is missing or not a timestamp");
            var id = history.TryGetProperty("id", out var idValue) ? idValue.ToString() : $"{index}";
            var actor = Person(history, "author");
            index++;
            if (!history.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var n = 0;
            foreach (var item in items.EnumerateArray())
            {
                n++;
                var field = item.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                var from = ChangeValue(item, "fromString");
                var to = ChangeValue(item, "toString");
                var eventId = $"h{id}.{n}";
                switch (field?.ToLowerInvariant())
                {
                    case "priority":
                        events.Add(new TicketEvent(eventId, at, TicketEvent.PriorityChanged, actor, $"{from}>{to}"));
                        break;
                    case "issuetype":
                        events.Add(new TicketEvent(eventId, at, TicketEvent.TypeChanged, actor, $"{from}>{to}"));
                        break;
                    case "labels":
                        // Jira gives the whole label list before and after, space-separated.
                        var before = Labels(from);
                        var after = Labels(to);
                        events.AddRange(after.Except(before).Select(l => new TicketEvent($"{eventId}+{l}", at, TicketEvent.TagAdded, actor, l)));
                        events.AddRange(before.Except(after).Select(l => new TicketEvent($"{eventId}-{l}", at, TicketEvent.TagRemoved, actor, l)));
                        break;
                }
            }
        }

        return events;
    }

    private static string ChangeValue(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : "";

    private static string[] Labels(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<TicketEvent> Comments(JsonElement fields)
    {
        var events = new List<TicketEvent>();
        if (!fields.TryGetProperty("comment", out var comment) || comment.ValueKind != JsonValueKind.Object
            || !comment.TryGetProperty("comments", out var comments) || comments.ValueKind != JsonValueKind.Array)
        {
            return events;
        }

        var ordinal = 0;
        foreach (var c in comments.EnumerateArray())
        {
            ordinal++;
            var at = Timestamp(c, "created");
            if (at is null)
            {
                throw new RecordFormatException($"fields.comment.comments[{ordinal - 1}].created", "is missing or not a timestamp");
            }

            var id = c.TryGetProperty("id", out var idValue) ? idValue.ToString() : $"c{ordinal}";
            var body = c.TryGetProperty("body", out var b) ? AtlassianDocumentText.ToPlainText(b) : null;
            events.Add(new TicketEvent(id, at.Value, TicketEvent.Comment, Person(c, "author"), body));
        }

        return events;
    }

    private static List<string> DuplicateLinks(JsonElement fields)
    {
        var keys = new List<string>();
        if (!fields.TryGetProperty("issuelinks", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return keys;
        }

        foreach (var link in links.EnumerateArray())
        {
            if (!string.Equals(Text(link, "type", "name"), "Duplicate", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var side in (string[])["inwardIssue", "outwardIssue"])
            {
                var other = Text(link, side, "key");
                if (other is not null && !keys.Contains(other))
                {
                    keys.Add(other);
                }
            }
        }

        return keys;
    }

    private static DateTime? Timestamp(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            // Say what was found: "is missing" would send the user looking for a field that is there.
            var found = value.ValueKind switch
            {
                JsonValueKind.Number => "a number",
                JsonValueKind.True or JsonValueKind.False => "a boolean",
                JsonValueKind.Object => "an object",
                JsonValueKind.Array => "an array",
                _ => value.ValueKind.ToString(),
            };
            throw new RecordFormatException(name, $"{name} is {found} ({CsvHeader.Shorten(value.GetRawText())}), expected a date such as 2011-06-14T10:02:10.000+0000");
        }

        return TimestampParser.TryParseUtc(value.GetString(), out var utc)
            ? utc
            : throw new RecordFormatException(name, $"'{value.GetString()}' is not a timestamp");
    }

    /// <summary>Server/DC identify people by <c>name</c>; Cloud by <c>displayName</c>/<c>accountId</c>.</summary>
    private static string? Person(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var person) || person.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var field in (string[])["name", "displayName", "accountId", "emailAddress"])
        {
            if (person.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
            {
                return v.GetString();
            }
        }

        return null;
    }

    private static string? Text(JsonElement obj, string name, string property) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString()
            : null;

    private static string? FirstName(JsonElement obj, string name) => Names(obj, name).FirstOrDefault();

    private static List<string> Names(JsonElement obj, string name)
    {
        var names = new List<string>();
        if (obj.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var n) && n.GetString() is { Length: > 0 } s)
                {
                    names.Add(s);
                }
            }
        }

        return names;
    }

    private static List<string> Strings(JsonElement obj, string name)
    {
        var values = new List<string>();
        if (obj.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s)
                {
                    values.Add(s);
                }
            }
        }

        return values;
    }
}
