using System.Text;
using Hangfire;
using Reporting.Analytics.Owners;
using Reporting.Host.Service;
using Reporting.Ingest.Files;
using Reporting.Ingest.Loading;
using Reporting.Ingest.Sources;
using Reporting.Ingest.Sources.Webhooks;
using Reporting.Ingest.Tickets;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Jobs;

/// <summary>
/// Stores a verified webhook delivery through the single writer: the ticket as the pull would store it (same mapper, same
/// batch writer, an ingest run of kind <c>webhook</c>), then its owner suggestion, so the ticket is ready seconds after the
/// product sent it. A payload that cannot be mapped is kept as a reject.
/// </summary>
public sealed class WebhookJobs(
    WarehouseAccess warehouse, SourcesConfiguration sources, OwnerModelCache models, IBackgroundJobClient jobs, TimeProvider time,
    ILogger<WebhookJobs> logger)
{
    /// <summary>The window the pull records suggestions for; an older ticket updated by a webhook gets none, as with the pull.</summary>
    private static readonly TimeSpan SuggestionWindow = TimeSpan.FromDays(14);

    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    public async Task<string> StoreAsync(string source, string deliveryId, string? gitHubEvent, string body, CancellationToken cancellationToken)
    {
        var options = sources.Get(source);
        TicketRecord? ticket = null;
        RejectedRecord? reject = null;
        var input = $"{source} webhook {deliveryId}";
        try
        {
            ticket = WebhookTicketMapper.Map(source, options, Encoding.UTF8.GetBytes(body), gitHubEvent);
        }
        catch (RecordFormatException ex)
        {
            reject = new RejectedRecord(input, 1, ex.Field, ex.Reason, body);
        }

        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var runLog = new IngestRunLog(connection, time);
        var runId = await runLog.StartAsync(source, "webhook", $"{options.Kind} delivery {deliveryId}", cancellationToken);
        var result = await new TicketBatchWriter(connection, time).WriteAsync(
            new TicketBatch(source, ticket is null ? [] : [ticket], [], reject is null ? [] : [reject]), runId, cancellationToken);
        var stored = ticket is null ? 0 : 1;
        await runLog.FinishAsync(runId, new IngestCounts(1, stored, 1 - stored, result.New, result.Updated, result.Unchanged, result.EventsWritten),
            null, CancellationToken.None);

        var suggested = 0;
        if (ticket is not null && !ticket.Deleted && models.Current() is { } suggester
            && ticket.CreatedAt >= time.GetUtcNow().UtcDateTime - SuggestionWindow)
        {
            suggested = await new OwnerSuggestionRecorder(connection, time)
                .RecordAsync(suggester.Classifier, suggester.ModelVersion, ticket.CreatedAt, cancellationToken);
        }

        await WebhookDeliveryQueries.SetStatusAsync(connection, source, deliveryId,
            ticket is null ? WebhookDeliveryQueries.Rejected : WebhookDeliveryQueries.Stored, cancellationToken);
        if (ticket is not null && options.WriteBack.Enabled)
        {
            // The suggestion is written back now rather than at the next scheduled write-back.
            jobs.Enqueue<OutboundJobs>(j => j.WriteBackAsync(source, CancellationToken.None));
        }

        var line = ticket is null
            ? $"{source} delivery {deliveryId}: rejected ({reject!.Field}: {reject.Reason})"
            : $"{source} delivery {deliveryId}: ticket {ticket.ExternalId} {(result.New == 1 ? "new" : result.Updated == 1 ? "updated" : "unchanged")}, {suggested} owner suggestions recorded";
        logger.LogInformation("Webhook {Summary}", line);
        return line;
    }
}
