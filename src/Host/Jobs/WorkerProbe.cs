using System.Diagnostics;
using System.Net.Sockets;
using Hangfire;
using Hangfire.States;
using Npgsql;

namespace Reporting.Host.Jobs;

/// <summary>
/// Enqueues probe jobs on the shared PostgreSQL store and follows each to a final state (Succeeded, Failed or
/// Deleted), then compares with the runs the jobs recorded. A PostgreSQL restart during the probe is waited out:
/// its own queries are retried until the deadline.
/// </summary>
public sealed class WorkerProbe(string connectionString, TimeProvider time, TextWriter progress)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    public async Task<WorkerProbeReport> RunAsync(int count, int holdMilliseconds, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var deadline = timeout;
        var outages = 0;
        var storage = await RetryAsync(() => Task.FromResult(HangfireStorageFactory.Create(connectionString)));
        await RetryAsync(async () =>
        {
            await Email.PostgresDeliveryLog.EnsureSchemaAsync(connectionString, cancellationToken);
            return true;
        });
        var client = new BackgroundJobClient(storage);
        var probeId = Guid.NewGuid().ToString("N");
        var jobs = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            jobs.Add(await RetryAsync(() => Task.FromResult(
                client.Enqueue<WorkerProbeJob>(j => j.RecordAsync(probeId, holdMilliseconds, null, CancellationToken.None)))));
        }

        var states = new Dictionary<string, string>();
        while (states.Count < jobs.Count && watch.Elapsed < deadline)
        {
            await RetryAsync(() =>
            {
                using var connection = storage.GetConnection();
                foreach (var job in jobs.Where(j => !states.ContainsKey(j)))
                {
                    var state = connection.GetStateData(job)?.Name;
                    if (state is "Succeeded" or "Failed" or "Deleted")
                    {
                        states[job] = state;
                    }
                }

                return Task.FromResult(true);
            });
            if (states.Count < jobs.Count)
            {
                await Task.Delay(Pause, time, cancellationToken);
            }
        }

        var runs = await RetryAsync(() => RunsAsync(probeId, cancellationToken));
        var runsByJob = runs.GroupBy(r => r.Job).ToDictionary(g => g.Key, g => g.Count());
        return new WorkerProbeReport(
            probeId,
            jobs.Count,
            states.Values.Count(s => s == SucceededState.StateName),
            states.Values.Count(s => s == FailedState.StateName),
            jobs.Count - states.Count,
            jobs.Where(j => runsByJob.GetValueOrDefault(j) > 1).ToList(),
            jobs.Where(j => runsByJob.GetValueOrDefault(j) == 0).ToList(),
            runs.GroupBy(r => r.Server).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            outages,
            watch.Elapsed.TotalSeconds);

        async Task<T> RetryAsync<T>(Func<Task<T>> action)
        {
            var down = false;
            while (true)
            {
                try
                {
                    return await action();
                }
                catch (Exception ex) when (IsOutage(ex) && watch.Elapsed < deadline)
                {
                    if (!down)
                    {
                        outages++;
                        down = true;
                        await progress.WriteLineAsync($"PostgreSQL unavailable ({Innermost(ex).Message}); retrying until the probe's timeout");
                    }

                    await Task.Delay(Pause, time, cancellationToken);
                }
            }
        }
    }

    private async Task<IReadOnlyList<(string Job, string Server)>> RunsAsync(string probeId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT job_id, server FROM reporting_worker_probes WHERE probe_id = $1", connection)
        {
            Parameters = { new() { Value = probeId } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return runs;
    }

    // A restarting or unreachable server: 57P01 (admin shutdown), 57P03 (starting up), a refused or broken connection.
    private static bool IsOutage(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException or SocketException or IOException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is null ? ex : Innermost(ex.InnerException);
}
