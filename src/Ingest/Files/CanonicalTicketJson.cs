using System.Text.Json;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Files;

/// <summary>
/// The canonical ticket as JSON: the sample CSV's column names as properties; <c>tags</c> and
/// <c>duplicate_of</c> may be arrays or ';'-separated strings; an optional <c>events</c> array of
/// <c>{id, at, kind, actor, detail}</c> holds the ticket's complete history.
/// </summary>
public static class CanonicalTicketJson
{
    public static bool LooksLikeCanonical(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out _) && element.TryGetProperty("created_at", out _);

    public static TicketRecord Map(JsonElement o, string source)
    {
        IReadOnlyList<TicketEvent>? events = null;
        if (o.TryGetProperty("events", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            var list = new List<TicketEvent>();
            var ordinal = 0;
            foreach (var e in array.EnumerateArray())
            {
                ordinal++;
                var at = Timestamp(e, "at") ?? throw new RecordFormatException($"events[{ordinal - 1}].at", "is empty");
                var kind = String(e, "kind") ?? throw new RecordFormatException($"events[{ordinal - 1}].kind", "is empty");
                list.Add(new TicketEvent(String(e, "id") ?? $"e{ordinal}", at, kind.ToLowerInvariant(), String(e, "actor"), String(e, "detail")));
            }

            events = list;
        }

        return new TicketRecord
        {
            Source = source,
            ExternalId = String(o, "id") ?? throw new RecordFormatException("id", "is empty"),
            CreatedAt = Timestamp(o, "created_at") ?? throw new RecordFormatException("created_at", "is empty"),
            UpdatedAt = Timestamp(o, "updated_at"),
            FirstResponseAt = Timestamp(o, "first_response_at"),
            ResolvedAt = Timestamp(o, "resolved_at"),
            Status = String(o, "status")?.ToLowerInvariant(),
            Priority = String(o, "priority")?.ToLowerInvariant(),
            Type = String(o, "type")?.ToLowerInvariant(),
            Channel = String(o, "channel")?.ToLowerInvariant(),
            Customer = String(o, "customer"),
            Reporter = String(o, "reporter"),
            Subject = String(o, "subject") ?? "",
            Body = String(o, "body") ?? "",
            Product = String(o, "product"),
            Service = String(o, "service"),
            Team = String(o, "team"),
            Assignee = String(o, "assignee"),
            Tags = List(o, "tags"),
            DuplicateOf = List(o, "duplicate_of"),
            AffectedVersions = List(o, "affected_versions"),
            FixVersions = List(o, "fix_versions"),
            TimeSpentSeconds = o.TryGetProperty("time_spent_seconds", out var spent) && spent.ValueKind == JsonValueKind.Number
                ? spent.GetInt64()
                : null,
            Deleted = o.TryGetProperty("deleted", out var deleted) && deleted.ValueKind == JsonValueKind.True,
            Events = events,
        };
    }

    private static string? String(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new RecordFormatException(name, $"expected a string, found {value.ValueKind}"),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static DateTime? Timestamp(JsonElement o, string name)
    {
        var text = String(o, name);
        if (text is null)
        {
            return null;
        }

        return TimestampParser.TryParseUtc(text, out var utc)
            ? utc
            : throw new RecordFormatException(name, $"'{CsvHeader.Shorten(text)}' is not an ISO-8601 timestamp");
    }

    private static IReadOnlyList<string> List(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray()
                .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : throw new RecordFormatException(name, "expected strings"))
                .Where(v => !string.IsNullOrWhiteSpace(v))
                .Select(v => v!.Trim())
                .ToList();
        }

        return CsvHeader.SplitList(String(o, name));
    }
}
