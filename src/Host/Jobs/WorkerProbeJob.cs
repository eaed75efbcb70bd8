using Reporting.Warehouse;
using Hangfire;
using Hangfire.Server;
using Npgsql;

namespace Reporting.Host.Jobs;

/// <summary>
/// A harmless job that records which server ran it, for checking a scaled-out deployment: every probe must run
/// exactly once, on some worker (`reporting worker probe`). It records at the end, like a job whose effect is
/// committed last: a worker killed while holding it leaves no record, and the re-queued job records once.
/// </summary>
public sealed class WorkerProbeJob(IConfiguration configuration, TimeProvider time)
{
    /// <summary>The longest a probe may hold its worker (a caller's value is bounded).</summary>
    public const int MaxHoldMilliseconds = 60_000;

    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RecordAsync(string probeId, int holdMilliseconds, PerformContext? context, CancellationToken cancellationToken)
    {
        var connectionString = configuration.GetConnectionString(HangfireStorageFactory.ConnectionStringName)
            ?? throw new UserInputException("Worker probes need PostgreSQL (ConnectionStrings:Hangfire).");
        if (holdMilliseconds > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(holdMilliseconds, MaxHoldMilliseconds)), time, cancellationToken);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "INSERT INTO reporting_worker_probes (probe_id, job_id, server, run_at) VALUES ($1, $2, $3, $4)", connection)
        {
            Parameters =
            {
                new() { Value = probeId },
                new() { Value = context?.BackgroundJob.Id ?? "" },
                new() { Value = context?.ServerId ?? Environment.MachineName },
                new() { Value = DateTime.SpecifyKind(time.GetUtcNow().UtcDateTime, DateTimeKind.Unspecified) },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
