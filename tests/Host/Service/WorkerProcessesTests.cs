using System.Diagnostics;
using Hangfire;
using Reporting.Host.Email;
using Reporting.Host.Jobs;
using Reporting.Host.Tests.Jobs;

namespace Reporting.Host.Tests.Service;

/// <summary>
/// The scale-out deployment on one machine: two `reporting worker` processes share one PostgreSQL and split the
/// jobs between them, each job running exactly once.
/// </summary>
[Collection(ServiceCollection.Name)]
public class WorkerProcessesTests(ServiceFixture fixture)
{
    [Fact]
    public async Task Two_worker_processes_share_the_jobs_and_run_each_exactly_once()
    {
        var database = await fixture.NewDatabaseAsync();
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        var storage = HangfireStorageFactory.Create(database);
        await PostgresDeliveryLog.EnsureSchemaAsync(database, CancellationToken.None);
        var workers = new[] { StartWorker(database), StartWorker(database) };
        try
        {
            await HangfirePostgresTests.WaitForAsync(() => storage.GetMonitoringApi().Servers().Count >= 2, TimeSpan.FromSeconds(60),
                () => string.Join("\n", workers.Select(w => w.HasExited ? $"exited {w.ExitCode}: {w.StandardError.ReadToEnd()}" : "running")));
            var client = new BackgroundJobClient(storage);
            var probe = Guid.NewGuid().ToString("N");
            for (var i = 0; i < 200; i++)
            {
                client.Enqueue<WorkerProbeJob>(j => j.RecordAsync(probe, null, CancellationToken.None));
            }

            await HangfirePostgresTests.WaitForAsync(() => HangfirePostgresTests.ProbeRunsAsync(database, probe).GetAwaiter().GetResult().Count >= 200,
                TimeSpan.FromSeconds(120));
            await Task.Delay(500); // anything run twice would show up now

            var runs = await HangfirePostgresTests.ProbeRunsAsync(database, probe);
            Assert.Equal(200, runs.Count);
            Assert.Equal(200, runs.Select(r => r.JobId).Distinct().Count());
            var processes = runs.Select(r => r.Server.Split(':')[1]).Distinct().ToList();
            Assert.Equal(workers.Select(w => w.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), processes.Order());
        }
        finally
        {
            foreach (var worker in workers)
            {
                if (!worker.HasExited)
                {
                    worker.Kill(entireProcessTree: true);
                }

                await worker.WaitForExitAsync();
                worker.Dispose();
            }
        }
    }

    private Process StartWorker(string database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = fixture.Warehouse.Directory,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "reporting.dll"), "worker",
                     $"--ConnectionStrings:Hangfire={database}",
                     $"--Reporting:Snapshots={Path.Combine(fixture.Warehouse.Directory, "snapshots")}",
                     "--Logging:LogLevel:Default=Warning",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        // Drain output so a chatty worker never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }
}
