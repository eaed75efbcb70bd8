using System.Text.Json;
using Reporting.Ingest.Sources.Http;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Sources.Zendesk;

/// <summary>
/// Reads what was changed on a ticket after it was created from <c>/api/v2/tickets/{id}/audits.json</c> (cursor
/// paging): each audit's <c>Change</c> events of <c>priority</c> and <c>type</c> become <c>priority_changed</c> and
/// <c>type_changed</c> (<c>previous_value&gt;value</c>), and of <c>tags</c> one <c>tag_added</c>/<c>tag_removed</c>
/// per tag, so the owner model can roll the ticket back to how it was filed. <c>Create</c> events are the filing values.
/// </summary>
public sealed class ZendeskAuditReader(SourceHttpClient http)
{
    /// <summary>The field changes in time order, or null when the ticket is gone.</summary>
    public async Task<IReadOnlyList<TicketEvent>?> ReadAsync(string ticketId, ZendeskSideloads people, CancellationToken cancellationToken)
    {
        var events = await ZendeskCursorPages.ReadItemsAsync(http, ticketId, "audits", people, (audit, page) => Changes(audit, people, page), cancellationToken);
        return events?.OrderBy(e => e.At).ToList();
    }

    private IEnumerable<TicketEvent> Changes(JsonElement audit, ZendeskSideloads people, ApiPage page)
    {
        if (!audit.TryGetProperty("id", out var auditId) || auditId.ValueKind != JsonValueKind.Number
            || !audit.TryGetProperty("created_at", out var created) || !TimestampParser.TryParseUtc(created.GetString(), out var at))
        {
            throw http.MalformedPage(page, $"an audit has no numeric id or no created_at: {audit.GetRawText()[..Math.Min(200, audit.GetRawText().Length)]}");
        }

        var author = audit.TryGetProperty("author_id", out var a) && a.ValueKind == JsonValueKind.Number ? people.Person(a.GetRawText()) : null;
        if (!audit.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var e in events.EnumerateArray())
        {
            if (!e.TryGetProperty("type", out var type) || type.GetString() != "Change"
                || !e.TryGetProperty("field_name", out var field) || field.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var id = e.TryGetProperty("id", out var eventId) ? eventId.GetRawText() : auditId.GetRawText();
            switch (field.GetString())
            {
                case "priority":
                    yield return new TicketEvent($"a{id}", at, TicketEvent.PriorityChanged, author, $"{Text(e, "previous_value")}>{Text(e, "value")}");
                    break;
                case "type":
                    yield return new TicketEvent($"a{id}", at, TicketEvent.TypeChanged, author, $"{Text(e, "previous_value")}>{Text(e, "value")}");
                    break;
                case "tags":
                    var before = Tags(e, "previous_value");
                    var after = Tags(e, "value");
                    foreach (var tag in after.Except(before, StringComparer.Ordinal))
                    {
                        yield return new TicketEvent($"a{id}+{tag}", at, TicketEvent.TagAdded, author, tag);
                    }

                    foreach (var tag in before.Except(after, StringComparer.Ordinal))
                    {
                        yield return new TicketEvent($"a{id}-{tag}", at, TicketEvent.TagRemoved, author, tag);
                    }

                    break;
            }
        }
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : "";

    /// <summary>Tags come as an array of strings (documented) or, in older audits, one space-separated string.</summary>
    private static string[] Tags(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var v) ? []
        : v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).Where(t => t.Length > 0)]
        : v.ValueKind == JsonValueKind.String ? v.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        : [];
}
