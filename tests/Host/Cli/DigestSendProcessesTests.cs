using Reporting.Host.Email;
using Reporting.Warehouse;
using Reporting.Analytics.Digest;
using Reporting.Testing;

namespace Reporting.Host.Tests.Cli;

/// <summary>
/// `reporting digest send` as operators run it: separate processes sharing the PostgreSQL delivery records and a
/// real SMTP server on 127.0.0.1. Overlapping runs and a process killed mid-delivery never send a digest twice.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class DigestSendProcessesTests(ServiceFixture fixture) : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-digest-send-").FullName;
    private SmtpTestServer _smtp = null!;
    private string _database = null!;
    private string _week = null!;
    private IReadOnlyList<DigestSubscription> _subscriptions = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpTestServer.StartAsync();
        _database = await fixture.NewDatabaseAsync(); // deliberately not prepared: each process must create the records itself
        var connection = fixture.Warehouse.Connection;
        _week = (await new WeeklyDigestLoader(connection, TestClock.Create()).LatestCompleteWeekAsync(CancellationToken.None)).ToString();
        _subscriptions = await DigestSubscription.LoadAllAsync(connection, CancellationToken.None);
        await connection.RunAsync("CHECKPOINT");
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Two_digest_send_processes_started_together_deliver_each_pm_exactly_once()
    {
        var runs = new[] { Send(CopyWarehouse("a")), Send(CopyWarehouse("b")) };
        var exits = await Task.WhenAll(runs.Select(r => r.ExitCodeAsync(TimeSpan.FromMinutes(3))));

        Assert.True(exits.All(e => e == 0), string.Join("\n", runs.Select(r => r.Output + r.Error)));
        Assert.Equal(6, _subscriptions.Count);
        Assert.Equal(_subscriptions.Select(s => s.PmEmail).Order(), _smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Order());
        var records = await new PostgresDeliveryLog(_database, TimeProvider.System).ListAsync(_week, CancellationToken.None);
        Assert.Equal(6, records.Count);
        Assert.All(records, r => Assert.Equal((DeliveryStatus.Sent, 1), (r.Status, r.Attempts)));
        // Each PM is reported once as sent, by one of the two runs; the other run says why it did not send.
        var lines = runs.SelectMany(r => r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(6, lines.Count(l => l.EndsWith(": Sent", StringComparison.Ordinal)));
        Assert.Equal(6, lines.Count(l => l.EndsWith(": AlreadySent", StringComparison.Ordinal) || l.EndsWith(": InProgress", StringComparison.Ordinal)));
        foreach (var run in runs)
        {
            await run.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_digest_send_killed_while_handing_over_is_not_sent_again_and_its_record_says_what_happened()
    {
        var pm = _subscriptions[0].PmEmail;
        _smtp.HoldReplies();
        await using var killed = Send(CopyWarehouse("killed"), "--pm", pm);
        await _smtp.WaitForMessagesAsync(1, TimeSpan.FromMinutes(2));
        await killed.KillAsync();
        _smtp.ReleaseReplies();

        await using var again = Send(CopyWarehouse("again"), "--pm", pm);
        var exit = await again.ExitCodeAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(0, exit);
        Assert.Equal($"{pm}: OutcomeUnknown", again.Output.Trim());
        Assert.Single(_smtp.Received);
        var record = (await new PostgresDeliveryLog(_database, TimeProvider.System).GetAsync(new DeliveryKey(pm, _week), CancellationToken.None))!;
        Assert.Equal((DeliveryStatus.Unknown, 1), (record.Status, record.Attempts));
        Assert.StartsWith($"{Environment.MachineName}/{killed.Id}/", record.Detail, StringComparison.Ordinal);
        Assert.Contains("stopped while handing the message to the SMTP server", record.Detail, StringComparison.Ordinal);
    }

    private ReportingProcess Send(string warehouse, params string[] more) => ReportingProcess.Start(
        _directory,
        [
            "digest", "send", "--db", warehouse, "--week", _week, .. more,
            $"--ConnectionStrings:Hangfire={_database}", "--Smtp:Host=127.0.0.1", $"--Smtp:Port={_smtp.Port}", "--Smtp:Security=None",
            "--Smtp:From=reporting@example.com",
        ]);

    // Each process reads its own copy, as scaled-out processes read their own snapshot; only the records are shared.
    private string CopyWarehouse(string name)
    {
        var path = Path.Combine(_directory, name + ".duckdb");
        File.Copy(fixture.Warehouse.Path, path);
        return path;
    }
}
