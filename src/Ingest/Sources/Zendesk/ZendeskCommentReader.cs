using System.Text.Json;
using Reporting.Ingest.Sources.Http;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Sources.Zendesk;

/// <summary>
/// Reads a ticket's whole conversation from <c>/api/v2/tickets/{id}/comments.json</c> with cursor paging
/// (<c>page[size]</c>, <c>meta.has_more</c>, <c>links.next</c>). The first comment is the ticket's
/// description; the first public comment after it by someone other than the requester is the first reply.
/// </summary>
public sealed class ZendeskCommentReader(SourceHttpClient http)
{
    public sealed record Conversation(IReadOnlyList<TicketEvent> Events, DateTime? FirstReplyAt);

    /// <summary>The conversation, or null when the ticket is gone (deleted since the export listed it).</summary>
    public async Task<Conversation?> ReadAsync(string ticketId, string? requester, ZendeskSideloads people, CancellationToken cancellationToken)
    {
        var raw = await ZendeskCursorPages.ReadItemsAsync<(TicketEvent Event, bool Public)>(http, ticketId, "comments", people, (c, page) => [Map(c, people, page)], cancellationToken);
        if (raw is null)
        {
            return null;
        }

        var events = raw.Select(r => r.Event).OrderBy(e => e.At).ToList();
        var firstReply = raw.Skip(1)
            .Where(r => r.Public && r.Event.Actor is not null && r.Event.Actor != requester)
            .Select(r => (DateTime?)r.Event.At)
            .Min();
        return new Conversation(events, firstReply);
    }

    private (TicketEvent, bool) Map(JsonElement c, ZendeskSideloads people, ApiPage page)
    {
        if (!c.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.Number
            || !c.TryGetProperty("created_at", out var created) || !TimestampParser.TryParseUtc(created.GetString(), out var at))
        {
            throw http.MalformedPage(page, $"a comment has no numeric id or no created_at: {c.GetRawText()[..Math.Min(200, c.GetRawText().Length)]}");
        }

        var author = c.TryGetProperty("author_id", out var a) && a.ValueKind == JsonValueKind.Number ? people.Person(a.GetRawText()) : null;
        var body = c.TryGetProperty("plain_body", out var plain) && plain.ValueKind == JsonValueKind.String ? plain.GetString()
            : c.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
        var isPublic = !c.TryGetProperty("public", out var p) || p.ValueKind != JsonValueKind.False;
        return (new TicketEvent(id.GetRawText(), at, TicketEvent.Comment, author, body), isPublic);
    }
}
