using Microsoft.Extensions.Logging.Abstractions;
using Reporting.Analytics.Duplicates;
using Reporting.Host.Application.Tickets;
using Reporting.Host.Application.WriteBack;
using Reporting.Ingest.Sources;
using Reporting.Reports.Privacy;
using Reporting.Testing;
using Reporting.Testing.FakeApis;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Tests.Application.WriteBack;

/// <summary>
/// Write-back against stand-ins of Zendesk, Jira and GitHub on 127.0.0.1 with their documented requests and error answers:
/// each ticket and decision is written once, survives a 429, is not repeated by a new instance over the same warehouse file,
/// and a dry run sends and records nothing.
/// </summary>
public sealed class RunWriteBackTests : IAsyncLifetime
{
    private const string Body = "Customers see card declined at checkout since this morning, on every card brand we tried.";

    private TempWarehouse _warehouse = null!;
    private RecordingApi _api = null!;

    public async Task InitializeAsync()
    {
        _warehouse = await TempWarehouse.CreateAsync();
        _api = await RecordingApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _warehouse.DisposeAsync();
    }

    [Fact]
    public async Task A_Zendesk_internal_note_and_tag_survive_a_429_and_are_not_written_again_after_a_restart()
    {
        await new OutboundTickets(_warehouse.Connection, "helpdesk").AddAsync("4711", "Card declined", Body, [("payments", 0.91), ("identity", 0.05)]);
        _api.Faults.Add(Fault.TooManyRequests("/api/v2/tickets/4711.json", retryAfterSeconds: 1));
        var sources = Sources("helpdesk", new SourceOptions { Kind = SourceKinds.Zendesk, User = "robot@acme.example", Token = "zd-token-1234" },
            new WriteBackOptions { Enabled = true, Tag = "triage-{owner}", SimilarTickets = 0, WorkspaceUrl = "https://reporting.acme.example" });

        var first = await RunAsync(sources, new WriteBackRun());

        Assert.Equal((2, 0), (first.Written, first.Failed));
        Assert.Equal(3, _api.Requests.Count); // the note twice (429, then 200), the tag once
        var note = _api.Received[0];
        Assert.Equal(("PUT", "/api/v2/tickets/4711.json"), (note.Method, note.Path));
        Assert.StartsWith("Basic ", note.Authorization, StringComparison.Ordinal);
        Assert.False(note.Body!["ticket"]!["comment"]!["public"]!.GetValue<bool>());
        Assert.Equal(
            "Reporting suggests the owner: payments (91%). Suggested: payments (91%), identity (5%).\n" +
            "Missing information: none found.\n" +
            "Triage page: https://reporting.acme.example/tickets/helpdesk/4711",
            note.Body["ticket"]!["comment"]!["body"]!.GetValue<string>());
        Assert.Equal("""{"ticket":{"additional_tags":["triage-payments"]}}""", _api.Received[1].Body!.ToJsonString());
        var records = await WriteBackQueries.RecordsAsync(_warehouse.Connection, "helpdesk", 10, CancellationToken.None);
        Assert.Equal([("note", "written", 2), ("tag", "written", 1)],
            records.OrderBy(r => r.Action).Select(r => (r.Action, r.Status, r.Attempts)));

        await _warehouse.ReopenAsync(); // a new process over the same file
        var second = await RunAsync(sources, new WriteBackRun());

        Assert.Equal((0, 0), (second.Written, second.Items.Count));
        Assert.Equal(3, _api.Requests.Count);
    }

    [Fact]
    public async Task A_dry_run_sends_nothing_and_records_nothing_but_says_what_it_would_write()
    {
        await new OutboundTickets(_warehouse.Connection, "helpdesk").AddAsync("12", "Card declined", Body, [("payments", 0.85)]);
        var sources = Sources("helpdesk", new SourceOptions { Kind = SourceKinds.Zendesk }, new WriteBackOptions { Enabled = true, SimilarTickets = 0 });

        var summary = await RunAsync(sources, new WriteBackRun(DryRun: true));

        var item = Assert.Single(summary.Items);
        Assert.Equal((WriteBackItem.WouldWrite, "PUT", "api/v2/tickets/12.json"), (item.Outcome, item.Method, item.Path));
        Assert.Contains("\"public\":false", item.Detail, StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
        Assert.Equal(0, await _warehouse.Connection.ScalarAsync<long>("SELECT count(*) FROM write_backs"));
    }

    [Fact]
    public async Task Below_the_threshold_nothing_is_written()
    {
        await new OutboundTickets(_warehouse.Connection, "helpdesk").AddAsync("13", "Card declined", Body, [("payments", 0.79)]);
        var sources = Sources("helpdesk", new SourceOptions { Kind = SourceKinds.Zendesk }, new WriteBackOptions { Enabled = true, MinProbability = 0.8 });

        var summary = await RunAsync(sources, new WriteBackRun());

        Assert.Empty(summary.Items);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task Jira_Cloud_gets_an_ADF_comment_and_a_label_and_Jira_Server_a_plain_v2_comment()
    {
        await new OutboundTickets(_warehouse.Connection, "cloud").AddAsync("PAY-7", "Card declined", Body, [("payments", 0.9)], product: null);
        await new OutboundTickets(_warehouse.Connection, "server").AddAsync("LEG-3", "Card declined", Body, [("payments", 0.9)]);
        var sources = new SourcesConfiguration(new Dictionary<string, SourceOptions>
        {
            ["cloud"] = Options(new SourceOptions { Kind = SourceKinds.JiraCloud, Projects = ["PAY"] }, new WriteBackOptions { Enabled = true, Tag = "triage", SimilarTickets = 0 }),
            ["server"] = Options(new SourceOptions { Kind = SourceKinds.JiraServer }, new WriteBackOptions { Enabled = true, SimilarTickets = 0 }),
        });

        var summary = await RunAsync(sources, new WriteBackRun());

        Assert.Equal(3, summary.Written);
        var comment = Assert.Single(_api.Received, r => r.Path == "/rest/api/3/issue/PAY-7/comment");
        Assert.Equal("doc", comment.Body!["body"]!["type"]!.GetValue<string>());
        var paragraphs = comment.Body["body"]!["content"]!.AsArray();
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal("Missing information: product.", paragraphs[1]!["content"]![0]!["text"]!.GetValue<string>());
        var label = Assert.Single(_api.Received, r => r.Path == "/rest/api/3/issue/PAY-7");
        Assert.Equal(("PUT", """{"update":{"labels":[{"add":"triage"}]}}"""), (label.Method, label.Body!.ToJsonString()));
        var plain = Assert.Single(_api.Received, r => r.Path == "/rest/api/2/issue/LEG-3/comment");
        Assert.StartsWith("Reporting suggests the owner: payments (90%).", plain.Body!["body"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitHub_gets_a_comment_and_a_label_and_a_404_is_recorded_as_failed_without_retrying()
    {
        var tickets = new OutboundTickets(_warehouse.Connection, "widgets");
        await tickets.AddAsync("42", "Card declined", Body, [("payments", 0.95)]);
        await tickets.AddAsync("43", "Card declined again", Body, [("payments", 0.95)]);
        _api.Faults.Add(new Fault(Fault.PathContains("/issues/43/comments"), 1, 404, Body: """{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}"""));
        var sources = Sources("widgets", new SourceOptions { Kind = SourceKinds.GitHub, Repository = "acme/widgets", Token = "ghp_secret_token" },
            new WriteBackOptions { Enabled = true, Tag = "triage:{owner}", SimilarTickets = 0 });

        var summary = await RunAsync(sources, new WriteBackRun());

        Assert.Equal((3, 1), (summary.Written, summary.Failed));
        var failed = Assert.Single(summary.Items, i => i.Outcome == WriteBackItem.Failed);
        Assert.Equal(("43", "note", 1), (failed.TicketId, failed.Action, failed.Attempts));
        Assert.Contains("404", failed.Detail, StringComparison.Ordinal);
        Assert.Equal("Bearer ghp_secret_token", _api.Received[0].Authorization);
        Assert.Equal("""{"labels":["triage:payments"]}""", Assert.Single(_api.Received, r => r.Path == "/repos/acme/widgets/issues/42/labels").Body!.ToJsonString());

        var again = await RunAsync(sources, new WriteBackRun());
        var retried = await RunAsync(sources, new WriteBackRun(RetryFailed: true));

        Assert.Empty(again.Items);
        Assert.Equal(("43", WriteBackItem.Written), (Assert.Single(retried.Items).TicketId, retried.Items[0].Outcome));
    }

    [Theory]
    [InlineData(401, 1, "the credentials were refused")]
    [InlineData(409, 1, "409")]
    [InlineData(503, 3, "still 503 Service Unavailable after 3 attempt(s)")]
    public async Task An_error_answer_is_retried_when_transient_then_recorded_as_failed(int status, int requests, string detail)
    {
        await new OutboundTickets(_warehouse.Connection, "helpdesk").AddAsync("77", "Card declined", Body, [("payments", 0.9)]);
        _api.Faults.Add(new Fault(Fault.PathContains("/api/v2/tickets/77.json"), int.MaxValue, status, Body: """{"error":"RecordInvalid"}"""));
        var sources = Sources("helpdesk", new SourceOptions { Kind = SourceKinds.Zendesk, Token = "zd-token-1234" }, new WriteBackOptions { Enabled = true, SimilarTickets = 0 });

        var summary = await RunAsync(sources, new WriteBackRun());

        var item = Assert.Single(summary.Items);
        Assert.Equal((WriteBackItem.Failed, requests), (item.Outcome, _api.Requests.Count));
        Assert.Contains(detail, item.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("zd-token-1234", item.Detail, StringComparison.Ordinal);
        var record = Assert.Single(await WriteBackQueries.RecordsAsync(_warehouse.Connection, null, 10, CancellationToken.None));
        Assert.Equal(("failed", requests), (record.Status, record.Attempts));
    }

    [Fact]
    public async Task Under_the_accepted_policy_only_a_triagers_decision_is_written_and_a_different_later_choice_again()
    {
        await new OutboundTickets(_warehouse.Connection, "helpdesk").AddAsync("5", "Card declined", Body, [("payments", 0.6), ("identity", 0.3)]);
        var sources = Sources("helpdesk", new SourceOptions { Kind = SourceKinds.Zendesk }, new WriteBackOptions { Enabled = true, Policy = WriteBackOptions.Accepted, SimilarTickets = 0 });
        var triage = new TriageRecords(_warehouse.Connection, "helpdesk");

        var before = await RunAsync(sources, new WriteBackRun());
        await triage.DecideAsync("5", "accept", "payments", DateTime.UtcNow.AddMinutes(-2), by: "ana");
        var accepted = await RunAsync(sources, new WriteBackRun());
        var repeated = await RunAsync(sources, new WriteBackRun());
        await triage.DecideAsync("5", "choose", "identity", DateTime.UtcNow.AddMinutes(-1), by: "ben");
        var chosen = await RunAsync(sources, new WriteBackRun());

        Assert.Empty(before.Items);
        Assert.Equal("accept:payments", Assert.Single(accepted.Items).Decision);
        Assert.Empty(repeated.Items);
        Assert.Equal("choose:identity", Assert.Single(chosen.Items).Decision);
        Assert.StartsWith("Owner decided in triage by ben: identity. Suggested: payments (60%), identity (30%).",
            _api.Received[^1].Body!["ticket"]!["comment"]!["body"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_note_lists_similar_earlier_tickets_and_what_is_missing()
    {
        var tickets = new OutboundTickets(_warehouse.Connection, "helpdesk");
        await tickets.AddAsync("100", "Card declined at checkout", Body, [("payments", 0.5)]);
        await tickets.AddAsync("101", "Card declined at checkout again", Body, [("payments", 0.5)]);
        await tickets.AddAsync("102", "Card declined at checkout", "It fails.", [("payments", 0.9)], product: null, type: "bug");
        var sources = Sources("helpdesk", new SourceOptions { Kind = SourceKinds.Zendesk }, new WriteBackOptions { Enabled = true, SimilarTickets = 2 });

        var summary = await RunAsync(sources, new WriteBackRun(DryRun: true));

        var text = System.Text.Json.Nodes.JsonNode.Parse(Assert.Single(summary.Items).Detail)!["ticket"]!["comment"]!["body"]!.GetValue<string>();
        Assert.Contains("Similar earlier tickets: ", text, StringComparison.Ordinal);
        Assert.Contains("\"Card declined at checkout", text, StringComparison.Ordinal);
        Assert.Contains("Missing information: product, affected version, a description (under 40 characters).", text, StringComparison.Ordinal);
    }

    private async Task<WriteBackSummary> RunAsync(SourcesConfiguration sources, WriteBackRun run)
    {
        using var finder = new SimilarTicketFinder();
        var writeBack = new RunWriteBack(sources, new FindSimilarTickets(new TextMasker(enabled: false)), TimeProvider.System, NullLogger<RunWriteBack>.Instance);
        return await writeBack.RunAsync(_warehouse.Connection, finder, run, CancellationToken.None);
    }

    private SourcesConfiguration Sources(string name, SourceOptions options, WriteBackOptions writeBack) =>
        new(new Dictionary<string, SourceOptions> { [name] = Options(options, writeBack) });

    private SourceOptions Options(SourceOptions options, WriteBackOptions writeBack) => options with
    {
        BaseUrl = _api.BaseUrl,
        WriteBack = writeBack,
        Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(100) },
    };
}
