using Hangfire;
using Reporting.Analytics.Digest;
using Reporting.Host.Application.Digests;
using Reporting.Host.Email;
using Reporting.Host.Observability;
using Reporting.Host.Service;
using Reporting.Warehouse.Calendar;
using Reporting.Reports.Privacy;

namespace Reporting.Host.Jobs;

/// <summary>
/// Renders a PM's weekly digest from the latest warehouse snapshot and e-mails it exactly once. Runs on any
/// process (the default queue); transient SMTP failures throw, so Hangfire retries with backoff. A week without
/// data is recorded as <see cref="DeliveryStatus.NoData"/> and fails the job with its reason (no retry: data does
/// not arrive by retrying); each later run first sends such earlier weeks that have data by then.
/// </summary>
public sealed class DigestJobs(
    SnapshotReader snapshots, SendDigest send, IDeliveryLog log, SmtpMailer mailer, TextMasker masker, TimeProvider time,
    ReportingMetrics metrics, ILogger<DigestJobs> logger)
{
    /// <summary>How far back a run looks for weeks that had no data when they were due.</summary>
    public const int CatchUpWeeks = 4;

    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 6, DelaysInSeconds = [30, 120, 600, 1800, 3600, 7200], OnAttemptsExceeded = AttemptsExceededAction.Fail,
        ExceptOn = [typeof(DigestNotReadyException)])]
    public Task<DeliveryOutcome> SendWeeklyDigestAsync(string pmEmail, string? week, bool force, CancellationToken cancellationToken) =>
        metrics.MeasureJobAsync("digest", () => SendWeeklyDigestNowAsync(pmEmail, week, force, cancellationToken));

    private async Task<DeliveryOutcome> SendWeeklyDigestNowAsync(string pmEmail, string? week, bool force, CancellationToken cancellationToken)
    {
        await using var connection = await snapshots.OpenAsync(cancellationToken);
        var digests = new RenderDigests(connection, time, masker);
        var subscription = (await digests.SubscriptionsAsync(pmEmail, cancellationToken))[0];
        var reported = week is null
            ? DigestSchedule.WeekReportedAt(time.GetUtcNow(), DigestSchedule.Zone(subscription.TimeZone))
            : IsoWeek.Parse(week);

        foreach (var earlier in await WeeksWaitingForDataAsync(subscription.PmEmail, reported, cancellationToken))
        {
            if (await HasDataAsync(digests, earlier, cancellationToken))
            {
                var late = await SendAsync(digests, subscription, earlier, force: false, cancellationToken);
                logger.LogInformation("Digest {Week} for subscription {Subscription}, late once its data arrived: {Outcome}",
                    earlier, Redact(subscription.PmEmail), late);
            }
        }

        if (await WhyNoDataAsync(digests, reported, cancellationToken) is { } why)
        {
            await log.RecordNoDataAsync(new DeliveryKey(subscription.PmEmail, reported.ToString()), why, cancellationToken);
            metrics.DigestDelivered(DeliveryOutcome.NoData);
            throw new DigestNotReadyException(
                $"Digest {reported} for {Redact(subscription.PmEmail)} not sent: {why} Pull the sources; the next run sends it once the week has data.");
        }

        var outcome = await SendAsync(digests, subscription, reported, force, cancellationToken);
        logger.LogInformation("Digest {Week} for subscription {Subscription}: {Outcome}", reported, Redact(subscription.PmEmail), outcome);
        return outcome;
    }

    private async Task<DeliveryOutcome> SendAsync(
        RenderDigests digests, DigestSubscription subscription, IsoWeek week, bool force, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await send.RunAsync(digests, subscription, week, mailer.Sender, force, cancellationToken);
            metrics.DigestDelivered(outcome);
            return outcome;
        }
        catch (DeliveryRetryException)
        {
            metrics.DigestFailed("retry");
            throw;
        }
    }

    private async Task<IReadOnlyList<IsoWeek>> WeeksWaitingForDataAsync(string pmEmail, IsoWeek reported, CancellationToken cancellationToken)
    {
        var oldest = reported.AddWeeks(-CatchUpWeeks);
        var records = await log.ListAsync(null, cancellationToken);
        return records
            .Where(r => r.Status == DeliveryStatus.NoData && string.Equals(r.Subscription, pmEmail, StringComparison.OrdinalIgnoreCase))
            .Select(r => IsoWeek.TryParse(r.Week, out var w) ? w : (IsoWeek?)null)
            .OfType<IsoWeek>()
            .Where(w => w >= oldest && w < reported)
            .Order()
            .ToList();
    }

    private static async Task<bool> HasDataAsync(RenderDigests digests, IsoWeek week, CancellationToken cancellationToken) =>
        await WhyNoDataAsync(digests, week, cancellationToken) is null;

    private static async Task<string?> WhyNoDataAsync(RenderDigests digests, IsoWeek week, CancellationToken cancellationToken)
    {
        try
        {
            await digests.EnsureWeekHasDataAsync(week, cancellationToken);
            return null;
        }
        catch (NoDataForWeekException ex)
        {
            return ex.Message;
        }
    }

    // Logs name the subscription without spelling out the address.
    private static string Redact(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at < 2 ? "***" : email[..2] + "***" + email[at..];
    }
}
