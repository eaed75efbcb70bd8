using System.Diagnostics;
using System.Text.Json.Nodes;
using Reporting.Ingest.Sources;
using Reporting.Testing.FakeApis;

namespace Reporting.Ingest.Tests.Sources;

/// <summary>Pulling from Zendesk's cursor-based incremental ticket export, served by a real HTTP server on 127.0.0.1.</summary>
public class ZendeskPullTests
{
    private static readonly DateTime Created = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Updated = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private static SourceOptions Options(FakeZendesk zendesk, int pageSize = 2) => new()
    {
        Kind = SourceKinds.Zendesk,
        BaseUrl = zendesk.BaseUrl.ToString(),
        User = "robot@acme.example",
        Token = "zd-token-1234567890",
        PageSize = pageSize,
        Since = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Fields = new FieldMappingOptions
        {
            Groups = new() { ["360001"] = "payments" },
            ServiceField = "5001",
            TimeSpentField = "5002",
            TeamTagPrefix = "team-",
            Product = "Acme Cloud",
        },
    };

    /// <summary>Tickets 101..(100+count), updated a minute apart, assigned to Alice in group 360001.</summary>
    private static async Task<FakeZendesk> ZendeskWithAsync(int count)
    {
        var zendesk = await FakeZendesk.StartAsync();
        zendesk.AddUser(10, "Alice Agent", "alice@acme.example");
        zendesk.AddUser(20, "Bob Customer", "bob@customer.example");
        for (var i = 1; i <= count; i++)
        {
            zendesk.Put(Ticket(100 + i, Updated.AddMinutes(i), $"Ticket {i}"));
        }

        return zendesk;
    }

    private static JsonObject Ticket(long id, DateTime updated, string subject, string status = "open", IEnumerable<string>? tags = null) =>
        ZendeskData.Ticket(id, Created, updated, subject, $"Body of {subject}", status, requester: 20, assignee: 10, group: 360001,
            organization: 77, tags: tags ?? ["billing"], customFields: [(5001, "billing-api"), (5002, 5400)], priority: "high");

    [Fact]
    public async Task Several_pages_are_pulled_in_update_order_and_mapped_with_the_field_mapping()
    {
        await using var zendesk = await ZendeskWithAsync(5);
        zendesk.SetMetrics(101, ZendeskData.Metrics(101, solvedAt: Created.AddDays(2), replyMinutes: 90));
        zendesk.Put(Ticket(102, Updated.AddMinutes(2), "Ticket 2", tags: ["team-checkout", "vip"]));
        await using var pull = await PullScenario.CreateAsync(Options(zendesk));

        var summary = await pull.PullAsync();

        Assert.Equal((3, 5L, 5L, 0L), (summary.Pages, summary.Counts.Read, summary.Counts.New, summary.Counts.Rejected));
        Assert.Equal(["101", "102", "103", "104", "105"], await pull.TicketIdsAsync());
        var tickets = await pull.TicketsAsync();
        Assert.Equal(new TicketRow
        {
            ExternalId = "101", CreatedAt = Created, UpdatedAt = Updated.AddMinutes(1), FirstResponseAt = Created.AddMinutes(90),
            ResolvedAt = Created.AddDays(2), Status = "open", Priority = "high", Type = "incident", Channel = "web", Customer = "77",
            Reporter = "Bob Customer", Subject = "Ticket 1", Body = "Body of Ticket 1", Product = "Acme Cloud", Service = "billing-api",
            Team = "payments", Assignee = "Alice Agent", Tags = "billing", TimeSpentSeconds = 5400,
        }, tickets[0]);
        Assert.Equal(("checkout", "team-checkout,vip"), (tickets[1].Team, tickets[1].Tags));
        Assert.Empty(await pull.EventsAsync()); // comments were not asked for
        Assert.Empty(await pull.RejectsAsync());

        var requests = zendesk.Host.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Contains("start_time=1767225600", requests[0]);
        Assert.All(requests.Skip(1), r => Assert.Contains("cursor=", r));
        Assert.NotNull(summary.Watermark);
        Assert.Equal(summary.Watermark, await pull.WatermarkAsync());
    }

    [Fact]
    public async Task A_pull_with_nothing_new_reads_one_empty_page_and_keeps_the_watermark()
    {
        await using var zendesk = await ZendeskWithAsync(3);
        await using var pull = await PullScenario.CreateAsync(Options(zendesk));
        var first = await pull.PullAsync();

        var second = await pull.PullAsync();

        Assert.Equal((1, 0L), (second.Pages, second.Counts.Read));
        Assert.Equal(first.Watermark, second.Watermark);
        Assert.Equal(first.Watermark, await pull.WatermarkAsync());
        Assert.EndsWith($"cursor={Uri.EscapeDataString(first.Watermark!)}&per_page=2&include=users,metric_sets", zendesk.Host.Requests[^1]);
        Assert.Equal(3, (await pull.TicketIdsAsync()).Count);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_seconds_Retry_After_asks_for()
    {
        await using var zendesk = await ZendeskWithAsync(3);
        zendesk.Host.Faults.Add(Fault.TooManyRequests(FakeZendesk.ExportPath, retryAfterSeconds: 1));
        await using var pull = await PullScenario.CreateAsync(Options(zendesk));

        var watch = Stopwatch.StartNew();
        var summary = await pull.PullAsync();

        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.95), $"waited only {watch.Elapsed}");
        Assert.Equal(1, summary.Retries);
        Assert.Equal(["101", "102", "103"], await pull.TicketIdsAsync());
        Assert.Equal(3, zendesk.Host.Requests.Count); // the refused request, then 2 pages
    }

    [Fact]
    public async Task A_500_is_retried_and_the_pull_completes()
    {
        await using var zendesk = await ZendeskWithAsync(3);
        zendesk.Host.Faults.Add(new Fault((_, n) => n == 2, 1, 500));
        await using var pull = await PullScenario.CreateAsync(Options(zendesk));

        var summary = await pull.PullAsync();

        Assert.Equal((1, 3L), (summary.Retries, summary.Counts.New));
        Assert.Equal(zendesk.Host.Requests[1], zendesk.Host.Requests[2]); // the failed page was asked for again
        Assert.Equal(["101", "102", "103"], await pull.TicketIdsAsync());
    }

    [Fact]
    public async Task A_cursor_returned_twice_stops_the_pull_with_a_clear_error_after_committing_the_pages_before()
    {
        await using var zendesk = await ZendeskWithAsync(5);
        zendesk.RepeatsCursor = true;
        await using var pull = await PullScenario.CreateAsync(Options(zendesk));

        var error = await pull.PullFailsAsync();

        var watermark = await pull.WatermarkAsync();
        Assert.Contains($"source '{PullScenario.Name}'", error.Message);
        Assert.Contains($"after_cursor '{watermark}' a second time", error.Message);
        Assert.Equal(["101", "102"], await pull.TicketIdsAsync());
        Assert.Equal(("failed", error.Message), await pull.LastRunAsync());
    }

    [Theory]
    [InlineData("""{"tickets": [{"id": 103""", "the response is not valid JSON")]
    [InlineData("""{"after_cursor": "x", "end_of_stream": false}""", "malformed page: 'tickets' is missing or not an array")]
    [InlineData("""{"tickets": [], "after_cursor": "x"}""", "malformed page: 'end_of_stream' is missing or not a boolean")]
    [InlineData("""{"tickets": [], "end_of_stream": false}""", "malformed page: 'end_of_stream' is false but 'after_cursor' is missing")]
    public async Task A_malformed_page_stops_the_pull_with_a_clear_error_and_keeps_the_pages_before_it(string body, string problem)
    {
        await using var zendesk = await ZendeskWithAsync(5);
        zendesk.Host.Faults.Add(new Fault((_, n) => n == 2, 1, 200, Body: body));
        await using var pull = await PullScenario.CreateAsync(Options(zendesk));

        var error = await pull.PullFailsAsync();

        var committed = await pull.WatermarkAsync();
        Assert.StartsWith(
            $"source '{PullScenario.Name}': GET {zendesk.BaseUrl}api/v2/incremental/tickets/cursor.json?cursor={Uri.EscapeDataString(committed!)}&",
            error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Equal(["101", "102"], await pull.TicketIdsAsync());
    }

    [Fact]
    public async Task A_ticket_updated_between_two_pulls_is_updated_and_nothing_else_is_read_again()
    {
        await using var zendesk = await ZendeskWithAsync(4);
        await using var pull = await PullScenario.CreateAsync(Options(zendesk));
        await pull.PullAsync();

        zendesk.Put(Ticket(102, Updated.AddHours(1), "Ticket 2, now urgent", status: "pending"));
        var second = await pull.PullAsync();

        Assert.Equal((1L, 0L, 1L, 0L), (second.Counts.Read, second.Counts.New, second.Counts.Updated, second.Counts.Unchanged));
        var tickets = await pull.TicketsAsync();
        Assert.Equal(4, tickets.Count);
        Assert.Equal(("pending", "Ticket 2, now urgent", Updated.AddHours(1)), (tickets[1].Status, tickets[1].Subject, tickets[1].UpdatedAt));
        Assert.Equal(("open", "Ticket 1"), (tickets[0].Status, tickets[0].Subject));
    }

    [Fact]
    public async Task A_deleted_ticket_is_kept_and_marked_deleted()
    {
        await using var zendesk = await ZendeskWithAsync(3);
        await using var pull = await PullScenario.CreateAsync(Options(zendesk));
        await pull.PullAsync();

        zendesk.Put(Ticket(103, Updated.AddHours(2), "Ticket 3", status: "deleted"));
        var second = await pull.PullAsync();

        Assert.Equal(1L, second.Counts.Updated);
        var tickets = await pull.TicketsAsync();
        Assert.Equal([false, false, true], tickets.Select(t => t.Deleted));
        Assert.Equal("deleted", tickets[2].Status);
    }

    [Fact]
    public async Task A_pull_that_dies_after_page_two_resumes_from_the_committed_cursor_without_loss_or_duplicates()
    {
        await using var zendesk = await ZendeskWithAsync(7);
        zendesk.Host.Faults.Add(Fault.DownAfter(2));
        await using var pull = await PullScenario.CreateAsync(Options(zendesk));

        var error = await pull.PullFailsAsync();

        Assert.Contains("still 503 Service Unavailable after 3 attempt(s)", error.Message);
        Assert.Equal(["101", "102", "103", "104"], await pull.TicketIdsAsync());
        var committed = await pull.WatermarkAsync();

        zendesk.Host.Faults.Clear();
        var requestsBefore = zendesk.Host.Requests.Count;
        var resumed = await pull.PullAsync();

        Assert.Contains($"cursor={Uri.EscapeDataString(committed!)}&", zendesk.Host.Requests[requestsBefore]);
        Assert.Equal((3L, 3L, 0L), (resumed.Counts.Read, resumed.Counts.New, resumed.Counts.Updated));
        Assert.Equal(["101", "102", "103", "104", "105", "106", "107"], await pull.TicketIdsAsync());
        Assert.Equal(resumed.Watermark, await pull.WatermarkAsync());
        await using var uninterrupted = await PullScenario.CreateAsync(Options(zendesk));
        var once = await uninterrupted.PullAsync();
        Assert.Equal(await uninterrupted.TicketsAsync(), await pull.TicketsAsync());
        Assert.Equal(once.Watermark, resumed.Watermark);
    }

    [Fact]
    public async Task A_ticket_that_cannot_be_mapped_is_rejected_with_its_page_and_position_and_the_page_is_kept()
    {
        await using var zendesk = await ZendeskWithAsync(3);
        var broken = Ticket(102, Updated.AddMinutes(2), "Ticket 2");
        broken["created_at"] = "yesterday";
        zendesk.Put(broken);
        await using var pull = await PullScenario.CreateAsync(Options(zendesk, pageSize: 3));

        var summary = await pull.PullAsync();

        Assert.Equal((3L, 2L, 1L), (summary.Counts.Read, summary.Counts.Ingested, summary.Counts.Rejected));
        Assert.Equal(["101", "103"], await pull.TicketIdsAsync());
        var reject = Assert.Single(await pull.RejectsAsync());
        Assert.Equal($"{PullScenario.Name} /api/v2/incremental/tickets/cursor.json?start_time=1767225600&per_page=3&include=users,metric_sets", reject.Input);
        Assert.Equal((2L, "created_at", "'yesterday' is not a timestamp"), (reject.Line, reject.Field, reject.Reason));
    }

    [Fact]
    public async Task Comments_become_the_ticket_history_read_across_comment_pages_and_give_the_first_reply()
    {
        await using var zendesk = await ZendeskWithAsync(2);
        zendesk.AddComment(101, ZendeskData.Comment(1, 20, "It is broken", Created));
        zendesk.AddComment(101, ZendeskData.Comment(2, 10, "Internal: looking", Created.AddMinutes(5), isPublic: false));
        zendesk.AddComment(101, ZendeskData.Comment(3, 10, "We are on it", Created.AddMinutes(30)));
        for (var i = 0; i < 101; i++)
        {
            zendesk.AddComment(102, ZendeskData.Comment(1000 + i, i % 2 == 0 ? 20 : 10, $"Reply {i}", Created.AddHours(i)));
        }

        await using var pull = await PullScenario.CreateAsync(Options(zendesk) with { IncludeComments = true });

        var summary = await pull.PullAsync();

        var events = await pull.EventsAsync();
        Assert.Equal(104L, summary.Counts.Events);
        Assert.Equal(
            [("101", "1", Created, "comment", "Bob Customer", "It is broken"), ("101", "2", Created.AddMinutes(5), "comment", "Alice Agent", "Internal: looking"),
             ("101", "3", Created.AddMinutes(30), "comment", "Alice Agent", "We are on it")],
            events.Where(e => e.TicketId == "101"));
        Assert.Equal(101, events.Count(e => e.TicketId == "102"));
        var tickets = await pull.TicketsAsync();
        Assert.Equal(Created.AddMinutes(30), tickets[0].FirstResponseAt); // the private note is not a reply
        Assert.Equal(Created.AddHours(1), tickets[1].FirstResponseAt);
        Assert.Contains(zendesk.Host.Requests, r => r.Contains("/api/v2/tickets/102/comments.json?page[size]=100&page[after]=100", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audits_give_the_changes_of_priority_type_and_tags_after_filing_beside_the_comments()
    {
        await using var zendesk = await ZendeskWithAsync(2);
        zendesk.AddComment(101, ZendeskData.Comment(1, 20, "It is broken", Created));
        // As Zendesk lists them: the Create audit holds the filing values, later audits the changes.
        zendesk.AddAudit(101, Audit(9001, Created, 20, """
            [{"id": 1, "type": "Create", "field_name": "priority", "value": "normal"},
             {"id": 2, "type": "Create", "field_name": "tags", "value": ["billing"]},
             {"id": 3, "type": "Comment", "body": "It is broken", "public": true}]
            """));
        zendesk.AddAudit(101, Audit(9002, Created.AddMinutes(20), 10, """
            [{"id": 4, "type": "Change", "field_name": "priority", "value": "high", "previous_value": "normal"},
             {"id": 5, "type": "Change", "field_name": "type", "value": "incident", "previous_value": "question"},
             {"id": 6, "type": "Change", "field_name": "tags", "value": ["billing", "known_issue"], "previous_value": ["billing", "new"]},
             {"id": 7, "type": "Notification", "subject": "Your request was updated"}]
            """));
        await using var pull = await PullScenario.CreateAsync(Options(zendesk) with { IncludeComments = true, IncludeFieldHistory = true });

        await pull.PullAsync();

        var events = await pull.EventsAsync();
        Assert.Equal(
            [("101", "1", Created, "comment", "Bob Customer", "It is broken"),
             ("101", "a4", Created.AddMinutes(20), "priority_changed", "Alice Agent", "normal>high"),
             ("101", "a5", Created.AddMinutes(20), "type_changed", "Alice Agent", "question>incident"),
             ("101", "a6+known_issue", Created.AddMinutes(20), "tag_added", "Alice Agent", "known_issue"),
             ("101", "a6-new", Created.AddMinutes(20), "tag_removed", "Alice Agent", "new")],
            events.Where(e => e.TicketId == "101").OrderBy(e => e.At).ThenBy(e => e.EventId, StringComparer.Ordinal));
        Assert.DoesNotContain(events, e => e.TicketId == "102");
        Assert.Contains(zendesk.Host.Requests, r => r.StartsWith("/api/v2/tickets/102/audits.json?page[size]=100", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_field_history_no_audit_is_requested()
    {
        await using var zendesk = await ZendeskWithAsync(2);
        await using var pull = await PullScenario.CreateAsync(Options(zendesk) with { IncludeComments = true });

        await pull.PullAsync();

        Assert.DoesNotContain(zendesk.Host.Requests, r => r.Contains("/audits.json", StringComparison.Ordinal));
    }

    private static JsonObject Audit(long id, DateTime at, long author, string events) => new()
    {
        ["id"] = id,
        ["ticket_id"] = 101,
        ["created_at"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["author_id"] = author,
        ["events"] = JsonNode.Parse(events),
    };

    [Fact]
    public async Task Refused_credentials_fail_at_once_and_the_token_never_appears_in_the_error()
    {
        await using var zendesk = await ZendeskWithAsync(1);
        zendesk.Host.Faults.Add(new Fault((_, _) => true, 1, 401, Body: """{"error":"Couldn't authenticate you with token zd-token-1234567890"}"""));
        await using var pull = await PullScenario.CreateAsync(Options(zendesk));

        var error = await pull.PullFailsAsync();

        Assert.Single(zendesk.Host.Requests);
        Assert.Contains("401 Unauthorized: the credentials were refused (check Sources:acme:User and Token)", error.Message);
        Assert.DoesNotContain("zd-token-1234567890", error.Message);
        Assert.Contains("with token ***", error.Message);
        Assert.DoesNotContain("zd-token-1234567890", (await pull.LastRunAsync()).Error);
    }
}
