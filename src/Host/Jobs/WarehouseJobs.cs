using Hangfire;
using Reporting.Analytics.Capacity;
using Reporting.Host.Service;
using Reporting.Ingest.Calendar;
using Reporting.Ingest.Sources;
using Reporting.Ingest.Warehouse;

namespace Reporting.Host.Jobs;

/// <summary>Scheduled work that writes the warehouse; each run ends by publishing a fresh snapshot for readers.</summary>
public sealed class WarehouseJobs(
    WarehouseAccess warehouse, SnapshotPublisher snapshots, SourcesConfiguration sources, TimeProvider time, ILogger<WarehouseJobs> logger)
{
    /// <summary>Pulls one configured source from its watermark (Zendesk, Jira or GitHub), then publishes a snapshot.</summary>
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    public async Task<string> PullAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var summary = await new PullRunner(connection, sources, time).RunAsync(source, cancellationToken);
        await snapshots.PublishAsync(connection, cancellationToken);
        var c = summary.Counts;
        var line = $"{source}: {summary.Pages} pages, {c.New} new, {c.Updated} updated, {c.Unchanged} unchanged, {c.Rejected} rejected in {summary.Seconds:F1} s; next watermark {summary.Watermark}";
        logger.LogInformation("Pulled {Summary}", line);
        return line;
    }

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

    /// <summary>Re-clusters all tickets into recurring-bug groups (ids stable where groups persist) and updates their states.</summary>
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 2)]
    public async Task<string> ClusterRecurringBugsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var summary = await new Reporting.Analytics.Duplicates.RecurringBugAnalysis(connection, time).ClusterAsync(cancellationToken: cancellationToken);
        await snapshots.PublishAsync(connection, cancellationToken);
        var line = $"{summary.Groups} groups, {summary.GroupedTickets} of {summary.Tickets} tickets grouped, {summary.GroupsKeepingTheirId} kept their id, {summary.Seconds:F1} s";
        logger.LogInformation("Recurring bugs clustered: {Summary}", line);
        return line;
    }

    /// <summary>Publishes a snapshot without other work (at start-up, so workers have something to read).</summary>
    [Queue(JobQueues.Warehouse)]
    public async Task PublishSnapshotAsync(CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        await snapshots.PublishAsync(connection, cancellationToken);
    }
}
