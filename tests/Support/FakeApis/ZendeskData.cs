using System.Globalization;
using System.Text.Json.Nodes;

namespace Reporting.Testing.FakeApis;

/// <summary>Zendesk objects in their documented JSON shape, for fake servers in tests and the benchmark.</summary>
public static class ZendeskData
{
    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Ticket(
        long id, DateTime created, DateTime updated, string subject, string description = "", string status = "open",
        long? requester = null, long? assignee = null, long? group = null, long? organization = null, IEnumerable<string>? tags = null,
        IEnumerable<(long Id, JsonNode? Value)>? customFields = null, string channel = "web", string? priority = "normal", string? type = "incident") =>
        new()
        {
            ["url"] = $"https://acme.zendesk.com/api/v2/tickets/{id}.json",
            ["id"] = id,
            ["external_id"] = null,
            ["via"] = new JsonObject { ["channel"] = channel, ["source"] = new JsonObject { ["from"] = new JsonObject(), ["to"] = new JsonObject(), ["rel"] = null } },
            ["created_at"] = Iso(created),
            ["updated_at"] = Iso(updated),
            ["generated_timestamp"] = new DateTimeOffset(updated).ToUnixTimeSeconds(),
            ["type"] = type,
            ["subject"] = subject,
            ["raw_subject"] = subject,
            ["description"] = description,
            ["priority"] = priority,
            ["status"] = status,
            ["recipient"] = "support@acme.example",
            ["requester_id"] = requester,
            ["submitter_id"] = requester,
            ["assignee_id"] = assignee,
            ["organization_id"] = organization,
            ["group_id"] = group,
            ["collaborator_ids"] = new JsonArray(),
            ["follower_ids"] = new JsonArray(),
            ["has_incidents"] = false,
            ["is_public"] = true,
            ["due_at"] = null,
            ["tags"] = new JsonArray((tags ?? []).Select(t => (JsonNode?)t).ToArray()),
            ["custom_fields"] = new JsonArray((customFields ?? []).Select(f => (JsonNode?)new JsonObject { ["id"] = f.Id, ["value"] = f.Value }).ToArray()),
            ["satisfaction_rating"] = null,
            ["brand_id"] = 360000001,
            ["allow_channelback"] = false,
            ["allow_attachments"] = true,
        };

    public static JsonObject Comment(long id, long author, string body, DateTime created, bool isPublic = true) => new()
    {
        ["id"] = id,
        ["type"] = "Comment",
        ["author_id"] = author,
        ["body"] = body,
        ["html_body"] = $"<div class=\"zd-comment\"><p>{System.Net.WebUtility.HtmlEncode(body)}</p></div>",
        ["plain_body"] = body,
        ["public"] = isPublic,
        ["attachments"] = new JsonArray(),
        ["audit_id"] = id + 1,
        ["via"] = new JsonObject { ["channel"] = "web" },
        ["created_at"] = Iso(created),
    };

    public static JsonObject Metrics(long ticketId, DateTime? solvedAt, int? replyMinutes) => new()
    {
        ["id"] = ticketId + 900_000,
        ["ticket_id"] = ticketId,
        ["solved_at"] = solvedAt is { } s ? Iso(s) : null,
        ["reply_time_in_minutes"] = new JsonObject { ["calendar"] = replyMinutes, ["business"] = replyMinutes },
        ["replies"] = replyMinutes is null ? 0 : 1,
    };
}
