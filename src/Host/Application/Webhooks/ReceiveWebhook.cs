using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Reporting.Host.Jobs;
using Reporting.Host.Service;
using Reporting.Ingest.Files;
using Reporting.Ingest.Sources;
using Reporting.Ingest.Sources.Webhooks;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Webhooks;

/// <summary>
/// Takes one webhook delivery: finds the source, verifies the signature (and Zendesk's signed timestamp), records the
/// delivery id so a replay is refused, maps the ticket to refuse a payload that carries none, and queues the write on the
/// warehouse queue, where the single writer stores it like a pull would and records its owner suggestion.
/// </summary>
public sealed class ReceiveWebhook(SourcesConfiguration sources, WarehouseAccess warehouse, IBackgroundJobClient jobs, TimeProvider time)
{
    public async Task<WebhookAnswer> RunAsync(string source, Func<string, string?> header, byte[] body, CancellationToken cancellationToken)
    {
        if (sources.Find(source) is not { } options || string.IsNullOrEmpty(options.WebhookSecret))
        {
            return new WebhookAnswer(WebhookAnswerKind.UnknownSource, $"No source '{source}' with a webhook secret (Sources:{source}:WebhookSecret) is configured.");
        }

        var now = time.GetUtcNow();
        var (verdict, deliveryId) = options.Kind switch
        {
            SourceKinds.Zendesk => (
                ZendeskWebhookSignature.Verify(options.WebhookSecret, header(ZendeskWebhookSignature.SignatureHeader),
                    header(ZendeskWebhookSignature.TimestampHeader), body, now, options.WebhookMaxAge),
                header(ZendeskWebhookSignature.DeliveryHeader) ?? SignatureId(header(ZendeskWebhookSignature.SignatureHeader))),
            SourceKinds.GitHub => (
                GitHubWebhookSignature.Verify(options.WebhookSecret, header(GitHubWebhookSignature.SignatureHeader), body),
                header(GitHubWebhookSignature.DeliveryHeader)),
            _ => (
                JiraWebhookSignature.Verify(options.WebhookSecret, header(JiraWebhookSignature.SignatureHeader), body),
                header(JiraWebhookSignature.DeliveryHeader)),
        };
        if (verdict != WebhookVerdict.Valid)
        {
            return new WebhookAnswer(WebhookAnswerKind.Unauthorized, verdict switch
            {
                WebhookVerdict.Stale => $"The signed timestamp is more than {options.WebhookMaxAge} away from now: a stale or replayed delivery.",
                WebhookVerdict.Mismatch => "The signature does not match the body signed with the source's webhook secret.",
                _ => "The signature header is missing or malformed.",
            });
        }

        if (string.IsNullOrWhiteSpace(deliveryId) || deliveryId.Length > 200)
        {
            return new WebhookAnswer(WebhookAnswerKind.Unmappable, "The delivery id header is missing or longer than 200 characters.");
        }

        var gitHubEvent = header(GitHubWebhookSignature.EventHeader);
        string status;
        string? problem = null;
        try
        {
            status = WebhookTicketMapper.Map(source, options, body, gitHubEvent) is null ? WebhookDeliveryQueries.Ignored : WebhookDeliveryQueries.Queued;
        }
        catch (RecordFormatException ex)
        {
            status = WebhookDeliveryQueries.Rejected;
            problem = $"The payload carries no ticket that can be mapped: {ex.Field}: {ex.Reason}";
        }

        await using (var connection = await warehouse.OpenAsync(cancellationToken))
        {
            if (!await WebhookDeliveryQueries.RecordAsync(connection, source, deliveryId, now.UtcDateTime, status, cancellationToken))
            {
                return new WebhookAnswer(WebhookAnswerKind.Duplicate, $"Delivery '{deliveryId}' was already received; nothing stored again.", deliveryId);
            }
        }

        if (status == WebhookDeliveryQueries.Ignored)
        {
            return new WebhookAnswer(WebhookAnswerKind.Ignored, $"Event '{gitHubEvent}' carries no issue; nothing to store.", deliveryId);
        }

        // A payload that cannot be mapped goes through the writer too: it is kept as a reject, like a bad row of an ingest.
        var text = Encoding.UTF8.GetString(body);
        jobs.Enqueue<WebhookJobs>(j => j.StoreAsync(source, deliveryId, gitHubEvent, text, CancellationToken.None));
        return problem is null
            ? new WebhookAnswer(WebhookAnswerKind.Accepted, "Queued for the warehouse.", deliveryId)
            : new WebhookAnswer(WebhookAnswerKind.Unmappable, problem, deliveryId);
    }

    /// <summary>Without an invocation id, a Zendesk delivery is known by its signature: a replay carries the same one.</summary>
    private static string? SignatureId(string? signature) =>
        signature is null ? null : "sig:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(signature)))[..32];
}
