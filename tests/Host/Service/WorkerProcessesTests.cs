using System.Text.Json;
using Hangfire;
using Reporting.Host.Email;
using Reporting.Host.Jobs;
using Reporting.Host.Service;
using Reporting.Host.Tests.Jobs;

namespace Reporting.Host.Tests.Service;

/// <summary>
/// The scale-out deployment on one machine: `reporting worker` processes share one PostgreSQL, every job runs
/// exactly once, and a worker killed mid-job hands its jobs to another within a minute.
/// </summary>
[Collection(ServiceCollection.Name)]
public class WorkerProcessesTests(ServiceFixture fixture)
{
    [Fact]
    public async Task Worker_probe_over_two_worker_processes_finds_each_of_200_jobs_succeeded_exactly_once()
    {
        var database = await fixture.NewDatabaseAsync();
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        var storage = HangfireStorageFactory.Create(database);
        await using var first = StartWorker(database);
        await using var second = StartWorker(database);
        await HangfirePostgresTests.WaitForAsync(() => storage.GetMonitoringApi().Servers().Count >= 2, TimeSpan.FromSeconds(60),
            () => $"first: {first.Error} second: {second.Error}");

        await using var probe = ReportingProcess.Start(fixture.Warehouse.Directory, "worker", "probe", "--postgres", database, "--count", "200", "--timeout", "120", "--json");
        var exit = await probe.ExitCodeAsync(TimeSpan.FromSeconds(150));

        Assert.True(exit == 0, $"exit {exit}\n{probe.Output}\n{probe.Error}");
        using var report = JsonDocument.Parse(probe.Output);
        var root = report.RootElement;
        Assert.Equal((200, 200, 0, 0), (root.GetProperty("enqueued").GetInt32(), root.GetProperty("succeeded").GetInt32(),
            root.GetProperty("failed").GetInt32(), root.GetProperty("unfinished").GetInt32()));
        Assert.Equal(0, root.GetProperty("ran_more_than_once").GetArrayLength());
        Assert.Equal(0, root.GetProperty("never_ran").GetArrayLength());
        var servers = root.GetProperty("runs_by_server").EnumerateObject().ToList();
        Assert.Equal(200, servers.Sum(s => s.Value.GetInt32()));
        var workerIds = new[] { first.Id, second.Id }.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.All(servers, s => Assert.Contains(s.Name.Split(':')[1], workerIds));
    }

    [Fact]
    public async Task Jobs_of_a_worker_killed_mid_job_complete_on_another_worker_within_a_minute_each_recorded_once()
    {
        var database = await fixture.NewDatabaseAsync();
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        var storage = HangfireStorageFactory.Create(database);
        await PostgresDeliveryLog.EnsureSchemaAsync(database, CancellationToken.None);
        var victim = StartWorker(database);
        await HangfirePostgresTests.WaitForAsync(() => storage.GetMonitoringApi().Servers().Count >= 1, TimeSpan.FromSeconds(60), () => victim.Error);
        var client = new BackgroundJobClient(storage);
        var probe = Guid.NewGuid().ToString("N");
        var jobs = Enumerable.Range(0, 4).Select(_ => client.Enqueue<WorkerProbeJob>(j => j.RecordAsync(probe, 5_000, null, CancellationToken.None))).ToList();
        await HangfirePostgresTests.WaitForAsync(() => storage.GetMonitoringApi().ProcessingCount() >= 2, TimeSpan.FromSeconds(60), () => victim.Error);

        await victim.KillAsync();
        var killedAt = DateTime.UtcNow;
        await victim.DisposeAsync();
        await using var survivor = StartWorker(database);
        await HangfirePostgresTests.WaitForAsync(() => jobs.All(j => StateOf(storage, j) == "Succeeded"), TimeSpan.FromSeconds(90),
            () => string.Join(", ", jobs.Select(j => $"{j}={StateOf(storage, j)}")) + "\n" + survivor.Error);
        var recovered = DateTime.UtcNow - killedAt;

        Assert.True(recovered < TimeSpan.FromMinutes(1), $"recovered after {recovered.TotalSeconds:F0} s");
        var runs = await HangfirePostgresTests.ProbeRunsAsync(database, probe);
        Assert.Equal(jobs.Order(), runs.Select(r => r.JobId).Order());
        Assert.All(runs, r => Assert.Equal(survivor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Server.Split(':')[1]));
    }

    [Fact]
    public async Task Worker_probe_waits_out_a_postgres_restart_and_still_finds_every_job_run_exactly_once()
    {
        var database = await fixture.NewDatabaseAsync();
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        var storage = HangfireStorageFactory.Create(database);
        await using var probe = ReportingProcess.Start(fixture.Warehouse.Directory, "worker", "probe", "--postgres", database, "--count", "20", "--timeout", "120", "--json");
        await HangfirePostgresTests.WaitForAsync(() => !probe.HasExited && EnqueuedCount(storage) == 20, TimeSpan.FromSeconds(60), () => probe.Output + probe.Error);

        await fixture.Postgres.RestartAsync(TimeSpan.FromSeconds(3));
        Npgsql.NpgsqlConnection.ClearAllPools(); // this process's pooled connections died with the server
        await using var worker = StartWorker(database);
        var exit = await probe.ExitCodeAsync(TimeSpan.FromSeconds(150));

        Assert.True(exit == 0, $"exit {exit}\n{probe.Output}\n{probe.Error}");
        using var report = JsonDocument.Parse(probe.Output);
        Assert.Equal(20, report.RootElement.GetProperty("succeeded").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("postgres_outages").GetInt32());
        Assert.StartsWith("PostgreSQL unavailable (", probe.Error, StringComparison.Ordinal);
    }

    private static long EnqueuedCount(JobStorage storage)
    {
        try
        {
            return storage.GetMonitoringApi().EnqueuedCount(JobQueues.Default);
        }
        catch (Npgsql.NpgsqlException)
        {
            return 0;
        }
    }

    [Fact]
    public async Task A_worker_killed_while_handing_a_digest_over_leads_to_no_second_message_and_a_record_that_says_so()
    {
        var database = await fixture.NewDatabaseAsync();
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        var storage = HangfireStorageFactory.Create(database);
        await PostgresDeliveryLog.EnsureSchemaAsync(database, CancellationToken.None);
        await using var smtp = await Reporting.Testing.SmtpTestServer.StartAsync();
        var snapshots = Path.Combine(fixture.Warehouse.Directory, "snapshots-" + Guid.NewGuid().ToString("N")[..6]);
        await new SnapshotPublisher(
                Microsoft.Extensions.Options.Options.Create(new ReportingOptions { Warehouse = fixture.Warehouse.Path, Snapshots = snapshots }),
                TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SnapshotPublisher>.Instance)
            .PublishAsync(fixture.Warehouse.Connection, CancellationToken.None);
        var pm = await Reporting.Warehouse.DuckDbCommands.ScalarAsync<string>(fixture.Warehouse.Connection, "SELECT min(pm_email) FROM teams");
        string[] mail = ["--Smtp:Host=127.0.0.1", $"--Smtp:Port={smtp.Port}", "--Smtp:Security=None", "--Smtp:From=reporting@example.com"];
        smtp.HoldReplies();
        var victim = StartWorker(database, snapshots, mail);
        var job = new BackgroundJobClient(storage).Enqueue<DigestJobs>(j => j.SendWeeklyDigestAsync(pm!, "2026-W47", false, CancellationToken.None));

        await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(90));
        await victim.KillAsync();
        var killedPid = victim.Id;
        await victim.DisposeAsync();
        smtp.ReleaseReplies();
        await using var survivor = StartWorker(database, snapshots, mail);
        await HangfirePostgresTests.WaitForAsync(() => StateOf(storage, job) == "Succeeded", TimeSpan.FromSeconds(90),
            () => $"state={StateOf(storage, job)}\n{survivor.Error}");

        Assert.Single(smtp.Received);
        var record = (await new PostgresDeliveryLog(database, TimeProvider.System).GetAsync(new DeliveryKey(pm!, "2026-W47"), CancellationToken.None))!;
        Assert.Equal((DeliveryStatus.Unknown, 1), (record.Status, record.Attempts));
        Assert.StartsWith($"{Environment.MachineName}/{killedPid}/", record.Detail, StringComparison.Ordinal);
        Assert.Contains("stopped while handing the message to the SMTP server", record.Detail, StringComparison.Ordinal);
    }

    private static string? StateOf(JobStorage storage, string id)
    {
        using var connection = storage.GetConnection();
        return connection.GetJobData(id)?.State;
    }

    private ReportingProcess StartWorker(string database, string? snapshots = null, params string[] more) => ReportingProcess.Start(
        fixture.Warehouse.Directory,
        [
            "worker",
            $"--ConnectionStrings:Hangfire={database}",
            $"--Reporting:Snapshots={snapshots ?? Path.Combine(fixture.Warehouse.Directory, "snapshots")}",
            "--Logging:LogLevel:Default=Warning",
            .. more,
        ]);
}
