using Hangfire;

namespace Reporting.Host.Jobs;

/// <summary>
/// Registers the recurring jobs when the writer process starts (idempotent: Hangfire updates jobs by id), so they
/// are all visible in the dashboard.
/// </summary>
public sealed class RecurringJobScheduler(IRecurringJobManager recurring, IBackgroundJobClient jobs, ILogger<RecurringJobScheduler> logger)
    : IHostedService
{
    public const string CapacityRefresh = "capacity-refresh";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<WarehouseJobs>(CapacityRefresh, JobQueues.Warehouse, j => j.RefreshCapacityAsync(CancellationToken.None), "0 * * * *");
        // Workers need a snapshot to read before the first write cycle has run.
        jobs.Enqueue<WarehouseJobs>(j => j.PublishSnapshotAsync(CancellationToken.None));
        logger.LogInformation("Recurring jobs registered");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
