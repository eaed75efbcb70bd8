using Hangfire;
using Reporting.Warehouse.Queries;
using Reporting.Analytics.Capacity;
using Reporting.Host.Observability;
using Reporting.Host.Service;
using Reporting.Warehouse.Calendar;
using Reporting.Ingest.Sources;
using Reporting.Warehouse;

namespace Reporting.Host.Jobs;

/// <summary>Scheduled work that writes the warehouse; each run ends by publishing a fresh snapshot for readers.</summary>
public sealed class WarehouseJobs(
    WarehouseAccess warehouse, SnapshotPublisher snapshots, SourcesConfiguration sources, OwnerModelCache models, TimeProvider time,
    ReportingMetrics metrics, ILogger<WarehouseJobs> logger, PriorityModelCache priorities,
    Application.Capacity.RefreshCapacity refreshCapacity)
{
    /// <summary>Pulls one configured source from its watermark (Zendesk, Jira or GitHub), then publishes a snapshot.</summary>
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    public Task<string> PullAsync(string source, CancellationToken cancellationToken) =>
        metrics.MeasureJobAsync("pull", () => PullNowAsync(source, cancellationToken));

    private async Task<string> PullNowAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        PullSummary summary;
        try
        {
            summary = await new PullRunner(connection, sources, time).RunAsync(source, cancellationToken);
        }
        catch
        {
            metrics.PullFailed(source);
            throw;
        }

        metrics.Pulled(summary);
        await RecordOwnerSuggestionsAsync(connection, cancellationToken);
        await snapshots.PublishAsync(connection, cancellationToken);
        var c = summary.Counts;
        var line = $"{source}: {summary.Pages} pages, {c.New} new, {c.Updated} updated, {c.Unchanged} unchanged, {c.Rejected} rejected in {summary.Seconds:F1} s; next watermark {summary.Watermark}";
        logger.LogInformation("Pulled {Summary}", line);
        return line;
    }

    /// <summary>Refreshes capacity for the last 12 weeks and the next 2 (incrementally where it can), so reports read fresh figures.</summary>
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 3)]
    public Task RefreshCapacityAsync(CancellationToken cancellationToken) =>
        metrics.MeasureJobAsync(RecurringJobScheduler.CapacityRefresh, () => RefreshCapacityNowAsync(cancellationToken));

    private async Task RefreshCapacityNowAsync(CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        if (await refreshCapacity.RunAsync(connection, cancellationToken) is { } outcome)
        {
            logger.LogInformation(
                "Capacity refreshed {How} ({Reason}): {Weeks} observed team-weeks recomputed, {Forecast} forecast team-weeks, {Seconds:F2} s",
                outcome.Incremental ? "incrementally" : "in full", outcome.Reason, outcome.RecomputedWeeks, outcome.ForecastWeeks, outcome.Seconds);
        }

        await snapshots.PublishAsync(connection, cancellationToken);
    }

    /// <summary>Retrains the owner model; promotes it only if not worse than the current one on the same held-out tickets.</summary>
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 1)]
    public Task<string> RetrainOwnersAsync(CancellationToken cancellationToken) =>
        metrics.MeasureJobAsync(RecurringJobScheduler.OwnerRetraining, () => RetrainOwnersNowAsync(cancellationToken));

    private async Task<string> RetrainOwnersNowAsync(CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var outcome = await new Reporting.Analytics.Owners.OwnerTraining(connection, models.Registry).RunAsync(cancellationToken: cancellationToken);
        await RetrainPriorityAsync(connection, cancellationToken);
        await RecordOwnerSuggestionsAsync(connection, cancellationToken);
        await snapshots.PublishAsync(connection, cancellationToken);
        var m = outcome.Evaluation.Metrics;
        var line = $"{outcome.Model.Name}: top-1 {m.Top1:F3}, top-3 {m.Top3:F3}, macro-F1 {m.MacroF1:F3}; {(outcome.Decision.Promoted ? "promoted" : "kept the current model")}: {outcome.Decision.Reason}";
        logger.LogInformation("Owner model retrained: {Summary}", line);
        return line;
    }

    /// <summary>The priority model retrains with the owner model, promoted by the same rule; a source without priorities has none.</summary>
    private async Task RetrainPriorityAsync(DuckDB.NET.Data.DuckDBConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await new Reporting.Analytics.Owners.OwnerTraining(connection, priorities.Registry, Reporting.Analytics.Owners.TicketLabel.Priority)
                .RunAsync(Reporting.Analytics.Priority.PriorityModel.Options, cancellationToken: cancellationToken);
            logger.LogInformation("Priority model retrained: {Model} top-1 {Top1:F3}, {Decision}", outcome.Model.Name, outcome.Evaluation.Metrics.Top1, outcome.Decision.Reason);
        }
        catch (Reporting.Warehouse.UserInputException ex)
        {
            logger.LogInformation("Priority model not retrained: {Reason}", ex.Message);
        }
    }

    /// <summary>Stores the current model's suggestion for recent tickets that have none yet (tickets as they arrive).</summary>
    private async Task RecordOwnerSuggestionsAsync(DuckDB.NET.Data.DuckDBConnection connection, CancellationToken cancellationToken)
    {
        if (models.Current() is { } suggester)
        {
            var since = time.GetUtcNow().UtcDateTime.AddDays(-14);
            var recorded = await new Reporting.Analytics.Owners.OwnerSuggestionRecorder(connection, time)
                .RecordAsync(suggester.Classifier, suggester.ModelVersion, since, cancellationToken);
            logger.LogInformation("Owner suggestions recorded for {Count} new tickets", recorded);
        }
    }

    /// <summary>Re-clusters all tickets into recurring-bug groups (ids stable where groups persist) and updates their states.</summary>
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 2)]
    public Task<string> ClusterRecurringBugsAsync(CancellationToken cancellationToken) =>
        metrics.MeasureJobAsync(RecurringJobScheduler.RecurringBugClustering, () => ClusterRecurringBugsNowAsync(cancellationToken));

    private async Task<string> ClusterRecurringBugsNowAsync(CancellationToken cancellationToken)
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
    public Task PublishSnapshotAsync(CancellationToken cancellationToken) => metrics.MeasureJobAsync("publish-snapshot", async () =>
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        await snapshots.PublishAsync(connection, cancellationToken);
    });
}
