using Hangfire;
using Hangfire.AspNetCore;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Reporting.Host.Email;
using Reporting.Host.Jobs;
using Reporting.Host.Service;
using Reporting.Testing;

namespace Reporting.Host.Tests.Jobs;

/// <summary>Hangfire on a real PostgreSQL: schema creation under concurrency, and no job run twice by two servers.</summary>
[Collection(ServiceCollection.Name)]
public class HangfirePostgresTests(ServiceFixture fixture)
{
    [Fact]
    public async Task Several_processes_starting_together_create_the_schema_once_without_errors()
    {
        var database = await fixture.NewDatabaseAsync();
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            HangfireStorageFactory.Create(database);
            await PostgresDeliveryLog.EnsureSchemaAsync(database, CancellationToken.None);
        })));

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name = 'job'", connection);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Two_servers_on_one_database_run_200_jobs_each_exactly_once()
    {
        var database = await fixture.NewDatabaseAsync();
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        var storage = HangfireStorageFactory.Create(database);
        await PostgresDeliveryLog.EnsureSchemaAsync(database, CancellationToken.None);
        using var provider = Services(database);
        var activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
        var client = new BackgroundJobClient(storage);
        var probe = Guid.NewGuid().ToString("N");

        using (var first = Server("first", storage, activator))
        using (var second = Server("second", storage, activator))
        {
            for (var i = 0; i < 200; i++)
            {
                client.Enqueue<WorkerProbeJob>(j => j.RecordAsync(probe, 0, null, CancellationToken.None));
            }

            await WaitForAsync(() => storage.GetMonitoringApi().SucceededListCount() >= 200, TimeSpan.FromSeconds(90));
        }

        var runs = await ProbeRunsAsync(database, probe);
        Assert.Equal(200, runs.Count);
        Assert.Equal(200, runs.Select(r => r.JobId).Distinct().Count());
        Assert.Equal(2, runs.Select(r => r.Server.Split(':')[0]).Distinct().Count());
        Assert.Equal(200, storage.GetMonitoringApi().SucceededListCount());
        Assert.Equal(0, storage.GetMonitoringApi().FailedCount());
    }

    [Fact]
    public async Task A_digest_job_whose_smtp_server_is_down_fails_for_retry_and_delivers_once_when_it_is_back()
    {
        var (database, storage, smtp, provider, pm) = await DigestSetupAsync();
        await using var smtpServer = smtp;
        using var services = provider;
        var activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
        var client = new BackgroundJobClient(storage);
        await smtp.StopAsync();

        using (Server("digests", storage, activator))
        {
            var id = client.Enqueue<DigestJobs>(j => j.SendWeeklyDigestAsync(pm!, "2026-W47", false, CancellationToken.None));
            await WaitForAsync(() => StateOf(storage, id) == "Scheduled", TimeSpan.FromSeconds(60),
                () => $"state={StateOf(storage, id)} servers={storage.GetMonitoringApi().Servers().Count} queues={string.Join(",", storage.GetMonitoringApi().Queues().Select(q => q.Name + ":" + q.Length))} failed={storage.GetMonitoringApi().FailedCount()} processing={storage.GetMonitoringApi().ProcessingCount()} " +
                      string.Join(" | ", storage.GetMonitoringApi().JobDetails(id).History.Select(h => $"{h.StateName}: {h.Reason} {string.Join(",", h.Data.Select(kv => kv.Key + "=" + kv.Value))}")));

            await smtp.StartAgainAsync();
            client.Requeue(id); // what Hangfire's retry does after its backoff, without waiting for it
            await WaitForAsync(() => StateOf(storage, id) == "Succeeded", TimeSpan.FromSeconds(60),
                () => $"state={StateOf(storage, id)} succeeded={storage.GetMonitoringApi().SucceededListCount()} failed={storage.GetMonitoringApi().FailedCount()} " +
                      string.Join(" | ", storage.GetMonitoringApi().JobDetails(id).History.Select(h => $"{h.StateName}: {h.Reason} {string.Join(",", h.Data.Select(kv => kv.Key + "=" + kv.Value))}")));
            client.Requeue(id); // a duplicate run of the same job must not send again
            await WaitForAsync(() => storage.GetMonitoringApi().JobDetails(id).History.Count(h => h.StateName == "Succeeded") >= 2, TimeSpan.FromSeconds(60),
                () => $"state={StateOf(storage, id)} succeeded={storage.GetMonitoringApi().SucceededListCount()} failed={storage.GetMonitoringApi().FailedCount()} " +
                      string.Join(" | ", storage.GetMonitoringApi().JobDetails(id).History.Select(h => $"{h.StateName}: {h.Reason} {string.Join(",", h.Data.Select(kv => kv.Key + "=" + kv.Value))}")));
        }

        var message = Assert.Single(smtp.Received);
        Assert.Equal(pm, message.To.Mailboxes.Single().Address);
        var record = await new PostgresDeliveryLog(database, TimeProvider.System).GetAsync(new DeliveryKey(pm!, "2026-W47"), CancellationToken.None);
        Assert.Equal((DeliveryStatus.Sent, 2), (record!.Status, record.Attempts));
    }

    [Fact]
    public async Task Two_concurrent_runs_of_the_same_digest_job_deliver_one_message()
    {
        var (database, storage, smtp, provider, pm) = await DigestSetupAsync();
        await using (smtp)
        using (provider)
        {
            var client = new BackgroundJobClient(storage);
            using (Server("digests", storage, new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>())))
            {
                var ids = Enumerable.Range(0, 2)
                    .Select(_ => client.Enqueue<DigestJobs>(j => j.SendWeeklyDigestAsync(pm, "2026-W47", false, CancellationToken.None)))
                    .ToList();
                await WaitForAsync(() => ids.All(id => StateOf(storage, id) == "Succeeded"), TimeSpan.FromSeconds(90),
                    () => string.Join(", ", ids.Select(id => $"{id}={StateOf(storage, id)}")));
            }

            Assert.Single(smtp.Received);
            var record = await new PostgresDeliveryLog(database, TimeProvider.System).GetAsync(new DeliveryKey(pm, "2026-W47"), CancellationToken.None);
            Assert.Equal((DeliveryStatus.Sent, 1), (record!.Status, record.Attempts));
        }
    }

    [Fact]
    public async Task A_digest_job_for_a_week_without_data_ends_failed_with_its_reason_and_a_later_run_sends_it_once_it_has_data()
    {
        var (database, storage, smtp, provider, pm) = await DigestSetupAsync();
        await using (smtp)
        using (provider)
        {
            var log = new PostgresDeliveryLog(database, TimeProvider.System);
            var client = new BackgroundJobClient(storage);
            using (Server("digests", storage, new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>())))
            {
                var empty = client.Enqueue<DigestJobs>(j => j.SendWeeklyDigestAsync(pm, "2030-W01", false, CancellationToken.None));
                await WaitForAsync(() => StateOf(storage, empty) == "Failed", TimeSpan.FromSeconds(60), () => $"state={StateOf(storage, empty)}");

                var failed = storage.GetMonitoringApi().JobDetails(empty).History.First(h => h.StateName == "Failed");
                Assert.StartsWith($"Digest 2030-W01 for {pm[..2]}***", failed.Data["ExceptionMessage"], StringComparison.Ordinal);
                Assert.Contains("No tickets in 2030-W01", failed.Data["ExceptionMessage"], StringComparison.Ordinal);
                Assert.Equal(typeof(DigestNotReadyException).FullName, failed.Data["ExceptionType"]);
                var recorded = (await log.GetAsync(new DeliveryKey(pm, "2030-W01"), CancellationToken.None))!;
                Assert.Equal(DeliveryStatus.NoData, recorded.Status);
                Assert.StartsWith("No tickets in 2030-W01", recorded.Detail, StringComparison.Ordinal);
                Assert.Empty(smtp.Received);

                // W46 had no data when it was due and has now: the W47 run sends it first.
                await log.RecordNoDataAsync(new DeliveryKey(pm, "2026-W46"), "No tickets in 2026-W46 (sources not pulled yet)", CancellationToken.None);
                var next = client.Enqueue<DigestJobs>(j => j.SendWeeklyDigestAsync(pm, "2026-W47", false, CancellationToken.None));
                await WaitForAsync(() => StateOf(storage, next) == "Succeeded", TimeSpan.FromSeconds(90), () => $"state={StateOf(storage, next)}");
            }

            Assert.Equal(["Weekly digest 2026-W46", "Weekly digest 2026-W47"], smtp.Received.Select(m => m.Subject![..22]).Order());
            Assert.Equal(DeliveryStatus.Sent, (await log.GetAsync(new DeliveryKey(pm, "2026-W46"), CancellationToken.None))!.Status);
            Assert.Equal(DeliveryStatus.Sent, (await log.GetAsync(new DeliveryKey(pm, "2026-W47"), CancellationToken.None))!.Status);
        }
    }

    private async Task<(string Database, JobStorage Storage, SmtpTestServer Smtp, ServiceProvider Provider, string Pm)> DigestSetupAsync()
    {
        var database = await fixture.NewDatabaseAsync();
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        var storage = HangfireStorageFactory.Create(database);
        var smtp = await SmtpTestServer.StartAsync();
        var snapshots = Path.Combine(fixture.Warehouse.Directory, "snapshots-" + Guid.NewGuid().ToString("N")[..6]);
        var provider = Services(database, smtp.Port, snapshots);
        await provider.GetRequiredService<SnapshotPublisher>().PublishAsync(fixture.Warehouse.Connection, CancellationToken.None);
        var pm = await Reporting.Warehouse.DuckDbCommands.ScalarAsync<string>(fixture.Warehouse.Connection, "SELECT min(pm_email) FROM teams");
        return (database, storage, smtp, provider, pm!);
    }

    private ServiceProvider Services(string database, int smtpPort = 25, string? snapshots = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Hangfire"] = database,
        }).Build();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(Options.Create(new ReportingOptions { Warehouse = fixture.Warehouse.Path, Snapshots = snapshots ?? "unused" }));
        services.AddSingleton(Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1", Port = smtpPort, Security = SecureSocketOptions.None, From = "reporting@example.com", TimeoutSeconds = 5,
        }));
        services.AddSingleton<IDeliveryLog>(new PostgresDeliveryLog(database, TimeProvider.System));
        services.AddSingleton<SmtpMailer>();
        services.AddSingleton<DigestDelivery>();
        services.AddSingleton(Reporting.Reports.Privacy.TextMasker.Default);
        services.AddSingleton<Reporting.Host.Application.Digests.SendDigest>();
        services.AddSingleton<SnapshotReader>();
        services.AddSingleton<SnapshotPublisher>();
        services.AddMetrics();
        services.AddSingleton<Reporting.Host.Observability.ReportingMetrics>();
        services.AddTransient<DigestJobs>();
        services.AddTransient<WorkerProbeJob>();
        return services.BuildServiceProvider();
    }

    private static BackgroundJobServer Server(string name, JobStorage storage, JobActivator activator) =>
        new(new BackgroundJobServerOptions
        {
            ServerName = $"{name}:{Guid.NewGuid():N}",
            Queues = [JobQueues.Default],
            WorkerCount = 4,
            Activator = activator,
            SchedulePollingInterval = TimeSpan.FromMilliseconds(200),
        }, storage);

    private static string? StateOf(JobStorage storage, string id)
    {
        using var connection = storage.GetConnection();
        return connection.GetJobData(id)?.State;
    }

    internal static async Task<List<(string JobId, string Server)>> ProbeRunsAsync(string database, string probe)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT job_id, server FROM reporting_worker_probes WHERE probe_id = $1", connection)
        {
            Parameters = { new() { Value = probe } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            runs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return runs;
    }

    internal static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, Func<string>? describe = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"condition not met within {timeout.TotalSeconds} s. {describe?.Invoke()}");
            }

            await Task.Delay(100);
        }
    }
}
