using Hangfire;
using Reporting.Analytics.Capacity;
using Reporting.Host.Service;
using Reporting.Ingest.Calendar;
using Reporting.Ingest.Warehouse;

namespace Reporting.Host.Jobs;

/// <summary>Scheduled work that writes the warehouse; each run ends by publishing a fresh snapshot for readers.</summary>
public sealed class WarehouseJobs(WarehouseAccess warehouse, SnapshotPublisher snapshots, TimeProvider time, ILogger<WarehouseJobs> logger)
{
    /// <summary>Recomputes capacity for the last 12 weeks and the next 2, so reports read fresh figures.</summary>
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RefreshCapacityAsync(CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var newest = await connection.ScalarAsync<DateTime?>("SELECT max(created_at) FROM tickets WHERE NOT deleted", cancellationToken: cancellationToken);
        if (newest is not null)
        {
            var to = DateOnly.FromDateTime(newest.Value);
            var result = await new CapacityCalculator(connection, time).CalculateAsync(
                new CapacityOptions { From = to.AddDays(-7 * 12 + 1), To = to }, cancellationToken);
            logger.LogInformation("Capacity refreshed: {Weeks} team-weeks up to {Week}", result.Weeks.Count, IsoWeek.Of(to));
        }

        await snapshots.PublishAsync(connection, cancellationToken);
    }

    /// <summary>Publishes a snapshot without other work (at start-up, so workers have something to read).</summary>
    [Queue(JobQueues.Warehouse)]
    public async Task PublishSnapshotAsync(CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        await snapshots.PublishAsync(connection, cancellationToken);
    }
}
