using System.Globalization;
using System.Text.Json;
using Reporting.Ingest.Files;
using Reporting.Ingest.Tickets;
using static Reporting.Ingest.Sources.JsonFields;

namespace Reporting.Ingest.Sources.Zendesk;

/// <summary>
/// Maps a Zendesk ticket (incremental export shape) to the canonical ticket. People come from the page's
/// <c>users</c> sideload, resolution and first reply from its <c>metric_sets</c> sideload; group → team,
/// custom fields → service and time spent, and tag prefixes follow the configured field mapping.
/// Zendesk keeps deleted tickets in the export with status <c>deleted</c>.
/// </summary>
public sealed class ZendeskTicketMapper(string source, FieldMappingOptions fields)
{
    public TicketRecord Map(JsonElement t, ZendeskSideloads sideloads)
    {
        var id = t.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.Number
            ? idValue.GetInt64()
            : throw new RecordFormatException("id", "is missing or not a number");
        var created = Timestamp(t, "created_at") ?? throw new RecordFormatException("created_at", "is missing");
        var status = Text(t, "status");
        var metrics = sideloads.Metrics.GetValueOrDefault(id);
        var customFields = CustomFields(t);

        var ticket = new TicketRecord
        {
            Source = source,
            ExternalId = id.ToString(CultureInfo.InvariantCulture),
            CreatedAt = created,
            UpdatedAt = Timestamp(t, "updated_at"),
            ResolvedAt = metrics.ValueKind == JsonValueKind.Object ? Timestamp(metrics, "solved_at") : null,
            FirstResponseAt = FirstReply(created, metrics),
            Status = status,
            Priority = Text(t, "priority"),
            Type = Text(t, "type"),
            Channel = t.TryGetProperty("via", out var via) && via.ValueKind == JsonValueKind.Object ? Text(via, "channel") : null,
            Customer = Id(t, "organization_id"),
            Reporter = sideloads.Person(Id(t, "requester_id")),
            Assignee = sideloads.Person(Id(t, "assignee_id")),
            Subject = Text(t, "subject") ?? Text(t, "raw_subject") ?? "",
            Body = Text(t, "description") ?? "",
            Product = fields.Product,
            Service = fields.ServiceField is { } serviceField ? customFields.GetValueOrDefault(serviceField) : null,
            Team = Id(t, "group_id") is { } group ? fields.Groups.GetValueOrDefault(group) : null,
            Tags = Tags(t),
            TimeSpentSeconds = TimeSpent(customFields),
            Deleted = status == "deleted",
        };
        return TagFieldMapping.Apply(ticket, fields);
    }

    private long? TimeSpent(Dictionary<string, string> customFields)
    {
        if (fields.TimeSpentField is not { } field || customFields.GetValueOrDefault(field) is not { } text)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? (long)Math.Round(seconds)
            : throw new RecordFormatException($"custom_fields[{field}]", $"time spent '{text}' is not a number of seconds");
    }

    /// <summary>Zendesk reports the first reply as minutes after creation (calendar time).</summary>
    private static DateTime? FirstReply(DateTime created, JsonElement metrics) =>
        metrics.ValueKind == JsonValueKind.Object
        && metrics.TryGetProperty("reply_time_in_minutes", out var reply) && reply.ValueKind == JsonValueKind.Object
        && reply.TryGetProperty("calendar", out var minutes) && minutes.ValueKind == JsonValueKind.Number
            ? created.AddMinutes(minutes.GetDouble())
            : null;

    private static Dictionary<string, string> CustomFields(JsonElement t)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (t.TryGetProperty("custom_fields", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var field in array.EnumerateArray())
            {
                if (field.TryGetProperty("id", out var id) && field.TryGetProperty("value", out var value)
                    && value.ValueKind is JsonValueKind.String or JsonValueKind.Number && value.ToString() is { Length: > 0 } text)
                {
                    values[id.ToString()] = text;
                }
            }
        }

        return values;
    }

    private static List<string> Tags(JsonElement t) =>
        t.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
            ? tags.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Where(v => v.Length > 0).ToList()
            : [];

    private static string? Id(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
}
