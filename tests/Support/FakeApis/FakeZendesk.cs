using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Reporting.Testing.FakeApis;

/// <summary>
/// Zendesk Support as its documentation describes it, for what the connector reads:
/// the cursor-based Incremental Ticket Export (<c>/api/v2/incremental/tickets/cursor.json</c>: <c>start_time</c>
/// then <c>cursor</c>, <c>per_page</c> up to 1000, <c>tickets</c>, <c>after_cursor</c>, <c>after_url</c>,
/// <c>end_of_stream</c>, sideloads <c>users</c> and <c>metric_sets</c>) and ticket comments
/// (<c>/api/v2/tickets/{id}/comments.json</c> with <c>page[size]</c>/<c>page[after]</c>, <c>meta.has_more</c>, <c>links.next</c>)
/// and ticket audits (<c>/api/v2/tickets/{id}/audits.json</c>, paged the same way).
/// Tickets are exported in (updated_at, id) order and the cursor points after the last one sent, so a
/// ticket updated later shows up again after the cursor.
/// </summary>
public sealed class FakeZendesk : IAsyncDisposable
{
    public const string ExportPath = "/api/v2/incremental/tickets/cursor.json";

    private readonly UpdatedOrderedStore _tickets = new();
    private readonly Dictionary<long, List<string>> _comments = [];
    private readonly Dictionary<long, List<string>> _audits = [];
    private readonly Dictionary<long, string> _users = [];
    private readonly Dictionary<long, string> _metrics = [];
    private readonly Dictionary<long, long[]> _ticketUsers = [];

    private FakeZendesk(FakeApiHost host) => Host = host;

    public FakeApiHost Host { get; }

    public Uri BaseUrl => Host.BaseUrl;

    /// <summary>A broken server: asked with a cursor, it answers that same cursor as <c>after_cursor</c>.</summary>
    public bool RepeatsCursor { get; set; }

    public static async Task<FakeZendesk> StartAsync()
    {
        FakeZendesk? fake = null;
        var host = await FakeApiHost.StartAsync(app =>
        {
            app.MapGet(ExportPath, (HttpContext c) => fake!.ExportAsync(c));
            app.MapGet("/api/v2/tickets/{id:long}/comments.json", (HttpContext c, long id) => fake!.TicketListAsync(c, id, "comments", fake._comments));
            app.MapGet("/api/v2/tickets/{id:long}/audits.json", (HttpContext c, long id) => fake!.TicketListAsync(c, id, "audits", fake._audits));
        });
        fake = new FakeZendesk(host);
        return fake;
    }

    /// <summary>Adds or replaces a ticket (it must have a numeric <c>id</c> and <c>updated_at</c>).</summary>
    public void Put(JsonObject ticket) => Put(ticket["id"]!.GetValue<long>(), DateTime.Parse(ticket["updated_at"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), ticket.ToJsonString());

    public void Put(long id, DateTime updatedUtc, string json)
    {
        using (var doc = JsonDocument.Parse(json))
        {
            var users = ((string[])["requester_id", "submitter_id", "assignee_id"])
                .Select(f => doc.RootElement.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : (long?)null)
                .OfType<long>().Distinct().ToArray();
            Locked(_ticketUsers, () => _ticketUsers[id] = users);
        }

        _tickets.Put(id, updatedUtc, json);
    }

    public void AddUser(long id, string name, string email) =>
        Locked(_users, () => _users[id] = new JsonObject { ["id"] = id, ["name"] = name, ["email"] = email, ["role"] = "agent" }.ToJsonString());

    public void AddComment(long ticketId, JsonObject comment) =>
        Locked(_comments, () => (_comments.TryGetValue(ticketId, out var list) ? list : _comments[ticketId] = []).Add(comment.ToJsonString()));

    public void SetMetrics(long ticketId, JsonObject metricSet) => Locked(_metrics, () => _metrics[ticketId] = metricSet.ToJsonString());

    private async Task ExportAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var perPage = int.TryParse(query["per_page"], out var p) ? Math.Clamp(p, 1, 1000) : 1000;
        (DateTime, long) after;
        string? requestedCursor = query["cursor"];
        if (requestedCursor is not null)
        {
            if (DecodeCursor(requestedCursor) is not { } decoded)
            {
                await JsonResponse.ErrorAsync(context, 400, "InvalidPaginationParameter: cursor is invalid");
                return;
            }

            after = decoded;
        }
        else if (long.TryParse(query["start_time"], NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            after = (DateTime.UnixEpoch.AddSeconds(start).AddTicks(-1), long.MaxValue);
        }
        else
        {
            await JsonResponse.ErrorAsync(context, 400, "InvalidValue: start_time or cursor is required");
            return;
        }

        var (page, more) = _tickets.After(after, perPage);
        var afterCursor = RepeatsCursor && requestedCursor is not null ? requestedCursor
            : page.Count > 0 ? EncodeCursor(page[^1].Updated, page[^1].Id)
            : requestedCursor ?? EncodeCursor(after.Item1, after.Item2);
        var include = ((string?)query["include"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var ids = page.Select(t => t.Id).ToHashSet();
        await JsonResponse.WriteAsync(context, w =>
        {
            w.WriteStartObject();
            JsonResponse.WriteItems(w, "tickets", page.Select(t => t.Json));
            w.WriteString("after_url", $"{BaseUrl.ToString().TrimEnd('/')}{ExportPath}?cursor={Uri.EscapeDataString(afterCursor)}");
            w.WriteString("after_cursor", afterCursor);
            w.WriteNull("before_url");
            w.WriteNull("before_cursor");
            w.WriteBoolean("end_of_stream", !more && !RepeatsCursor);
            if (include.Contains("users"))
            {
                var referenced = Locked(_ticketUsers, () => page.SelectMany(t => _ticketUsers.GetValueOrDefault(t.Id) ?? []).ToHashSet());
                JsonResponse.WriteItems(w, "users", Locked(_users, () => referenced.Select(id => _users.GetValueOrDefault(id)).OfType<string>().ToList()));
            }

            if (include.Contains("metric_sets"))
            {
                JsonResponse.WriteItems(w, "metric_sets", Locked(_metrics, () => ids.Select(id => _metrics.GetValueOrDefault(id)).OfType<string>().ToList()));
            }

            w.WriteEndObject();
        });
    }

    /// <summary>Adds an audit (<c>id</c>, <c>created_at</c>, <c>author_id</c>, <c>events</c>) to a ticket's audits, in order.</summary>
    public void AddAudit(long ticketId, JsonObject audit) =>
        Locked(_audits, () => (_audits.TryGetValue(ticketId, out var list) ? list : _audits[ticketId] = []).Add(audit.ToJsonString()));

    private async Task TicketListAsync(HttpContext context, long id, string name, Dictionary<long, List<string>> lists)
    {
        if (_tickets.Get(id) is null)
        {
            await JsonResponse.ErrorAsync(context, 404, "RecordNotFound");
            return;
        }

        var all = Locked(lists, () => lists.TryGetValue(id, out var list) ? list.ToList() : []);
        var size = int.TryParse(context.Request.Query["page[size]"], out var s) ? Math.Clamp(s, 1, 100) : 100;
        var offset = int.TryParse(context.Request.Query["page[after]"], out var a) ? a : 0;
        var page = all.Skip(offset).Take(size).ToList();
        var more = offset + page.Count < all.Count;
        var next = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
        await JsonResponse.WriteAsync(context, w =>
        {
            w.WriteStartObject();
            JsonResponse.WriteItems(w, name, page);
            if (((string?)context.Request.Query["include"] ?? "").Contains("users", StringComparison.Ordinal))
            {
                var authors = page.Select(c => JsonNode.Parse(c)!["author_id"]?.GetValue<long>()).OfType<long>().Distinct();
                JsonResponse.WriteItems(w, "users", Locked(_users, () => authors.Select(u => _users.GetValueOrDefault(u)).OfType<string>().ToList()));
            }

            w.WriteStartObject("meta");
            w.WriteBoolean("has_more", more);
            w.WriteString("after_cursor", more ? next : null);
            w.WriteNull("before_cursor");
            w.WriteEndObject();
            w.WriteStartObject("links");
            w.WriteString("next", more ? $"{BaseUrl}api/v2/tickets/{id}/{name}.json?page[size]={size}&page[after]={next}&include=users" : null);
            w.WriteNull("prev");
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    /// <summary>Opaque to clients, like Zendesk's: base64 of the last exported (updated ticks, id).</summary>
    private static string EncodeCursor(DateTime updated, long id) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{updated.Ticks}|{id}")));

    private static (DateTime, long)? DecodeCursor(string cursor)
    {
        try
        {
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(cursor)).Split('|');
            return parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks) && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var id)
                ? (new DateTime(ticks, DateTimeKind.Utc), id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static T Locked<T>(object gate, Func<T> action)
    {
        lock (gate)
        {
            return action();
        }
    }

    private static void Locked(object gate, Action action)
    {
        lock (gate)
        {
            action();
        }
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
