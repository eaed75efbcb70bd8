using System.CommandLine;
using System.Diagnostics;
using Hangfire;
using Npgsql;
using Reporting.Host.Jobs;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting worker probe --count N</c>: checks a scaled-out deployment by enqueuing N probe jobs and waiting
/// until each has run exactly once, then prints which servers ran them.
/// </summary>
public static class WorkerProbeCommand
{
    public static Command Build()
    {
        var count = new Option<int>("--count") { Description = "Probe jobs to enqueue", DefaultValueFactory = _ => 20 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait", DefaultValueFactory = _ => 60 };
        var postgres = new Option<string>("--postgres") { Description = "PostgreSQL connection string (ConnectionStrings:Hangfire)", Required = true };
        var command = new Command("probe", "Enqueue probe jobs and report that each ran exactly once, and where") { count, timeout, postgres };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var connectionString = result.GetValue(postgres)!;
            var storage = HangfireStorageFactory.Create(connectionString);
            var client = new BackgroundJobClient(storage);
            var probeId = Guid.NewGuid().ToString("N");
            var n = result.GetValue(count);
            for (var i = 0; i < n; i++)
            {
                client.Enqueue<WorkerProbeJob>(j => j.RecordAsync(probeId, null, CancellationToken.None));
            }

            var watch = Stopwatch.StartNew();
            List<(string Server, long Runs)> byServer = [];
            long runs = 0, distinct = 0;
            while (watch.Elapsed < TimeSpan.FromSeconds(result.GetValue(timeout)))
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand(
                    "SELECT count(*), count(DISTINCT job_id) FROM reporting_worker_probes WHERE probe_id = $1", connection)
                {
                    Parameters = { new() { Value = probeId } },
                };
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    await reader.ReadAsync(cancellationToken);
                    runs = reader.GetInt64(0);
                    distinct = reader.GetInt64(1);
                }

                if (runs >= n)
                {
                    await using var servers = new NpgsqlCommand(
                        "SELECT server, count(*) FROM reporting_worker_probes WHERE probe_id = $1 GROUP BY server ORDER BY server", connection)
                    {
                        Parameters = { new() { Value = probeId } },
                    };
                    await using var reader = await servers.ExecuteReaderAsync(cancellationToken);
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        byServer.Add((reader.GetString(0), reader.GetInt64(1)));
                    }

                    break;
                }

                await Task.Delay(250, cancellationToken);
            }

            Console.WriteLine($"probe {probeId}: {n} enqueued, {runs} runs, {distinct} distinct jobs, {watch.Elapsed.TotalSeconds:F1} s");
            foreach (var (server, serverRuns) in byServer)
            {
                Console.WriteLine($"  {server}: {serverRuns}");
            }

            return runs == n && distinct == n ? 0 : 1;
        }));
        return command;
    }
}
