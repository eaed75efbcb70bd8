using Microsoft.Extensions.Logging.Abstractions;
using Reporting.Host.Application.Notifications;
using Reporting.Host.Email;
using Reporting.Host.Tests.Application.WriteBack;
using Reporting.Ingest.Sources;
using Reporting.Testing;
using Reporting.Testing.FakeApis;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Tests.Application.Notifications;

/// <summary>
/// Chat notifications against Slack and Teams incoming-webhook stand-ins on 127.0.0.1: the documented payloads, each
/// notification sent once (a second run sends nothing), a 429 survived, and a failing endpoint retried then recorded as failed.
/// </summary>
public sealed class SendChatNotificationsTests : IAsyncLifetime
{
    private const string SlackPath = "services/T0001/B0001/XXXXXXXXXXXXXXXXXXXXXXXX";
    private const string TeamsPath = "workflows/acme/triggers/manual/paths/invoke?sig=abc123";

    private static readonly SourcesConfiguration NoSources = new(new Dictionary<string, SourceOptions>());

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
    public async Task On_Monday_morning_each_team_gets_its_rotation_handover_in_Slack_once()
    {
        var monday = new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
        await _warehouse.Connection.RunAsync(
            """
            INSERT INTO teams VALUES ('Payments', 'Pia', 'pia@acme.example', 'UTC'), ('Identity', 'Ian', 'ian@acme.example', 'UTC');
            INSERT INTO rotation VALUES (DATE '2026-11-23', 'Payments', 'Ana', 'Ben');
            INSERT INTO recurring_groups VALUES ('G-1', 'card declined at checkout', [], NULL, NULL, 'checkout', 'Payments',
                TIMESTAMP '2026-10-01', TIMESTAMP '2026-11-22', 14, 9, 'growing', TIMESTAMP '2026-11-23');
            """);
        for (var i = 0; i < 3; i++)
        {
            await _warehouse.Connection.RunAsync(
                """
                INSERT INTO tickets (source, external_id, created_at, subject, body, team, tags, duplicate_of, affected_versions, fix_versions,
                                     deleted, content_hash, run_id, ingested_at)
                VALUES ('helpdesk', $id, TIMESTAMP '2026-11-20', 'x', 'y', 'Payments', [], [], [], [], false, 'h', 1, TIMESTAMP '2026-11-20')
                """, new { id = $"T{i}" });
        }

        var options = Channels(("team-chat", ChatChannelOptions.SlackFormat, SlackPath, [ChatNoticeKinds.Handover]));
        var first = await RunAsync(options, TestClock.Create(monday));
        var second = await RunAsync(options, TestClock.Create(monday.AddMinutes(15)));

        Assert.Equal((2, 0), (first.Sent, second.Sent));
        Assert.Equal(2, second.AlreadyRecorded);
        Assert.Equal(2, _api.Requests.Count);
        var payments = Assert.Single(_api.Received, r => r.Body!["text"]!.GetValue<string>().StartsWith("Payments", StringComparison.Ordinal));
        Assert.Equal("/" + SlackPath, payments.Path);
        Assert.Equal("header", payments.Body!["blocks"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("Payments: support rotation 2026-W48", payments.Body["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal(
            "• On rotation: Ana, with Ben as buddy.\n• Open backlog: 3 tickets.\n• Growing recurring bugs: card declined at checkout (14 tickets, 9 customers, growing).",
            payments.Body["blocks"]![1]!["text"]!["text"]!.GetValue<string>());
        var identity = Assert.Single(_api.Received, r => r != payments);
        Assert.Contains("Nobody is on rotation this week.", identity.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_Monday_0900_no_handover_is_sent()
    {
        await _warehouse.Connection.RunAsync("INSERT INTO teams VALUES ('Payments', 'Pia', 'pia@acme.example', 'UTC')");

        var summary = await RunAsync(Channels(("team-chat", ChatChannelOptions.SlackFormat, SlackPath, [])), TestClock.Create(new DateTimeOffset(2026, 11, 23, 8, 59, 0, TimeSpan.Zero)));

        Assert.Empty(summary.Items);
    }

    [Fact]
    public async Task A_recurring_group_turning_growing_is_told_once_in_a_Teams_adaptive_card()
    {
        await _warehouse.Connection.RunAsync(
            """
            INSERT INTO recurring_groups VALUES ('G-7', 'export times out', [], NULL, NULL, 'reports', 'Insights',
                TIMESTAMP '2026-10-01', TIMESTAMP '2026-11-22', 6, 4, 'steady', TIMESTAMP '2026-11-23')
            """);
        var options = Channels(("insights", ChatChannelOptions.TeamsFormat, TeamsPath, [ChatNoticeKinds.Recurring]));

        var steady = await RunAsync(options);
        await _warehouse.Connection.RunAsync("UPDATE recurring_groups SET state = 'growing', tickets = 11 WHERE group_id = 'G-7'");
        var growing = await RunAsync(options);
        var again = await RunAsync(options);

        Assert.Equal((0, 1, 0), (steady.Items.Count, growing.Sent, again.Items.Count));
        var card = Assert.Single(_api.Received);
        Assert.Equal("/workflows/acme/triggers/manual/paths/invoke", card.Path);
        Assert.Equal("message", card.Body!["type"]!.GetValue<string>());
        var attachment = card.Body["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", attachment["content"]!["type"]!.GetValue<string>());
        var texts = attachment["content"]!["body"]!.AsArray().Select(b => b!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["Recurring bug is growing: export times out", "11 tickets from 4 customers, service reports, team Insights.", "Group G-7 was steady, now growing."], texts);
    }

    [Fact]
    public async Task A_failing_chat_endpoint_is_retried_then_recorded_as_failed_and_not_sent_again()
    {
        _api.Faults.Add(new Fault(Fault.PathContains("/services/"), int.MaxValue, 500, Body: "rollup_error"));
        var options = Channels(("ops", ChatChannelOptions.SlackFormat, SlackPath, [ChatNoticeKinds.DigestFailed]));
        DeliveryRecord[] deliveries =
        [
            new("pia@acme.example", "2026-W47", DeliveryStatus.Failed, 3, "550 5.1.1 mailbox unavailable", DateTime.UtcNow),
            new("ian@acme.example", "2026-W47", DeliveryStatus.Sent, 1, null, DateTime.UtcNow),
        ];

        var failed = await RunAsync(options, deliveries: deliveries);
        var later = await RunAsync(options, deliveries: deliveries);

        var item = Assert.Single(failed.Items);
        Assert.Equal(("digest:pia@acme.example:2026-W47", NotifyItem.Failed, 3), (item.Notification, item.Outcome, item.Attempts));
        Assert.Contains("still 500 Internal Server Error after 3 attempt(s)", item.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("XXXXXXXX", item.Detail, StringComparison.Ordinal); // the webhook URL is a secret
        Assert.Equal(3, _api.Requests.Count);
        Assert.Equal((0, 1), (later.Items.Count, later.AlreadyRecorded));
        var record = Assert.Single(await ChatNotificationQueries.RecordsAsync(_warehouse.Connection, 10, CancellationToken.None));
        Assert.Equal(("failed", 3), (record.Status, record.Attempts));

        _api.Faults.Clear();
        var retried = await RunAsync(options, deliveries: deliveries, run: new NotifyRun(RetryFailed: true));

        Assert.Equal(1, retried.Sent);
        Assert.Contains("550 5.1.1 mailbox unavailable", _api.Received.Single().Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_and_the_notification_sent_once()
    {
        _api.Faults.Add(Fault.TooManyRequests("/services/", retryAfterSeconds: 1));
        var options = Channels(("ops", ChatChannelOptions.TeamsConnectorFormat, SlackPath, []));
        DeliveryRecord[] deliveries = [new("pia@acme.example", "2026-W47", DeliveryStatus.Unknown, 1, "connection lost", DateTime.UtcNow)];

        var summary = await RunAsync(options, deliveries: deliveries);

        var item = Assert.Single(summary.Items);
        Assert.Equal((NotifyItem.Sent, 2), (item.Outcome, item.Attempts));
        var card = Assert.Single(_api.Received).Body!;
        Assert.Equal(("MessageCard", "Digest not delivered: pia@acme.example, 2026-W47"), (card["@type"]!.GetValue<string>(), card["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_source_not_pulled_for_two_scheduled_runs_is_told_once_and_a_dry_run_sends_nothing()
    {
        var now = DateTimeOffset.UtcNow;
        await _warehouse.Connection.RunAsync(
            """
            INSERT INTO ingest_runs (run_id, source, kind, input, started_at, finished_at, status)
            VALUES (1, 'helpdesk', 'pull', 'zendesk', $at, $at, 'succeeded'), (2, 'tracker', 'pull', 'jira', $recent, $recent, 'succeeded')
            """, new { at = now.UtcDateTime.AddHours(-2), recent = now.UtcDateTime.AddMinutes(-10) });
        var sources = new SourcesConfiguration(new Dictionary<string, SourceOptions>
        {
            ["helpdesk"] = new() { Kind = SourceKinds.Zendesk, BaseUrl = "https://acme.zendesk.com", Schedule = "*/15 * * * *" },
            ["tracker"] = new() { Kind = SourceKinds.JiraServer, BaseUrl = "https://jira.acme.example", Schedule = "*/15 * * * *" },
        });
        var options = Channels(("ops", ChatChannelOptions.SlackFormat, SlackPath, [ChatNoticeKinds.SourceStale]));

        var dry = await RunAsync(options, sources: sources, run: new NotifyRun(DryRun: true));
        var sent = await RunAsync(options, sources: sources);
        var again = await RunAsync(options, sources: sources);

        Assert.Equal(NotifyItem.WouldSend, Assert.Single(dry.Items).Outcome);
        Assert.StartsWith("source-stale:helpdesk:", Assert.Single(sent.Items).Notification, StringComparison.Ordinal);
        Assert.Empty(again.Items);
        Assert.Single(_api.Requests);
    }

    private Task<NotifySummary> RunAsync(
        NotificationOptions options, TimeProvider? time = null, SourcesConfiguration? sources = null, IReadOnlyList<DeliveryRecord>? deliveries = null,
        NotifyRun? run = null)
    {
        time ??= TimeProvider.System;
        var send = new SendChatNotifications(new CollectChatNotices(time), time, NullLogger<SendChatNotifications>.Instance);
        return send.RunAsync(_warehouse.Connection, options, sources ?? NoSources, deliveries ?? [], run ?? new NotifyRun(), CancellationToken.None);
    }

    private NotificationOptions Channels(params (string Name, string Kind, string Path, string[] Events)[] channels) => new()
    {
        Channels = channels.ToDictionary(c => c.Name, c => new ChatChannelOptions
        {
            Kind = c.Kind, Url = _api.BaseUrl + c.Path, Events = [.. c.Events],
            Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(100) },
        }),
    };
}
