using Hangfire;
using Reporting.Analytics.Duplicates;
using Reporting.Host.Application.Notifications;
using Reporting.Host.Application.WriteBack;
using Reporting.Host.Email;
using Reporting.Host.Service;
using Reporting.Ingest.Sources;

namespace Reporting.Host.Jobs;

/// <summary>
/// What the service sends out, on the warehouse queue (the records are warehouse writes): write-back of suggestions to the
/// sources (recurring, and right after a webhook stored a ticket) and chat notifications (recurring). Each run is
/// idempotent: what was sent is recorded and never sent again, so Hangfire's retries are harmless.
/// </summary>
public sealed class OutboundJobs(
    WarehouseAccess warehouse, SimilarTicketFinder finder, RunWriteBack writeBack, SendChatNotifications notify, NotificationOptions notifications,
    SourcesConfiguration sources, IDeliveryLog deliveries)
{
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> WriteBackAsync(string? source, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var summary = await writeBack.RunAsync(connection, finder, new WriteBackRun(source), cancellationToken);
        return $"write-back to {string.Join(", ", summary.Sources)}: {summary.Written} written, {summary.Failed} failed, {summary.WouldWrite} dry-run, {summary.AlreadyRecorded} already recorded";
    }

    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> NotifyAsync(CancellationToken cancellationToken)
    {
        var recent = await deliveries.RecentAsync(CollectChatNotices.DeliveriesLooked, cancellationToken);
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var summary = await notify.RunAsync(connection, notifications, sources, recent, new NotifyRun(), cancellationToken);
        return $"notifications: {summary.Sent} sent, {summary.Failed} failed, {summary.AlreadyRecorded} already recorded";
    }
}
