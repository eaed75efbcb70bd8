using Hangfire;
using Reporting.Host.Email;
using Reporting.Host.Service;
using Reporting.Ingest.Calendar;
using Reporting.Reports.Digest;
using Reporting.Reports.Privacy;

namespace Reporting.Host.Jobs;

/// <summary>
/// Renders a PM's weekly digest from the latest warehouse snapshot and e-mails it exactly once. Runs on any
/// process (the default queue); transient SMTP failures throw, so Hangfire retries with backoff. A week without
/// data is recorded as <see cref="DeliveryStatus.NoData"/> and fails the job with its reason (no retry: data does
/// not arrive by retrying); each later run first sends such earlier weeks that have data by then.
/// </summary>
public sealed class DigestJobs(
    SnapshotReader snapshots, DigestDelivery delivery, IDeliveryLog log, SmtpMailer mailer, TimeProvider time, ILogger<DigestJobs> logger)
{
    /// <summary>How far back a run looks for weeks that had no data when they were due.</summary>
    public const int CatchUpWeeks = 4;

    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 6, DelaysInSeconds = [30, 120, 600, 1800, 3600, 7200], OnAttemptsExceeded = AttemptsExceededAction.Fail,
        ExceptOn = [typeof(DigestNotReadyException)])]
    public async Task<DeliveryOutcome> SendWeeklyDigestAsync(string pmEmail, string? week, bool force, CancellationToken cancellationToken)
    {
        await using var connection = await snapshots.OpenAsync(cancellationToken);
        var subscription = await DigestSubscription.FindAsync(connection, pmEmail, cancellationToken);
        var reported = week is null
            ? DigestSchedule.WeekReportedAt(time.GetUtcNow(), DigestSchedule.Zone(subscription.TimeZone))
            : IsoWeek.Parse(week);
        var renderer = new WeeklyDigestRenderer(connection, time, TextMasker.Default);
        var loader = new WeeklyDigestLoader(connection, time);

        foreach (var earlier in await WeeksWaitingForDataAsync(subscription.PmEmail, reported, cancellationToken))
        {
            if (await HasDataAsync(loader, earlier, cancellationToken))
            {
                var late = await DeliverAsync(renderer, subscription, earlier, force: false, cancellationToken);
                logger.LogInformation("Digest {Week} for subscription {Subscription}, late once its data arrived: {Outcome}",
                    earlier, Redact(subscription.PmEmail), late);
            }
        }

        try
        {
            await loader.EnsureWeekHasDataAsync(reported, cancellationToken);
        }
        catch (NoDataForWeekException ex)
        {
            var reason = $"Digest {reported} for {Redact(subscription.PmEmail)} not sent: {ex.Message} Pull the sources; the next run sends it once the week has data.";
            await log.RecordNoDataAsync(new DeliveryKey(subscription.PmEmail, reported.ToString()), ex.Message, cancellationToken);
            throw new DigestNotReadyException(reason);
        }

        var outcome = await DeliverAsync(renderer, subscription, reported, force, cancellationToken);
        logger.LogInformation("Digest {Week} for subscription {Subscription}: {Outcome}", reported, Redact(subscription.PmEmail), outcome);
        return outcome;
    }

    private Task<DeliveryOutcome> DeliverAsync(
        WeeklyDigestRenderer renderer, DigestSubscription subscription, IsoWeek week, bool force, CancellationToken cancellationToken) =>
        delivery.DeliverAsync(
            new DeliveryKey(subscription.PmEmail, week.ToString()),
            async ct => DigestEmail.Compose(await renderer.RenderAsync(subscription, week, previews: false, ct), mailer.Sender, TextMasker.Default),
            force,
            cancellationToken);

    private async Task<IReadOnlyList<IsoWeek>> WeeksWaitingForDataAsync(string pmEmail, IsoWeek reported, CancellationToken cancellationToken)
    {
        var oldest = reported.AddWeeks(-CatchUpWeeks);
        var records = await log.ListAsync(null, cancellationToken);
        return records
            .Where(r => r.Status == DeliveryStatus.NoData && string.Equals(r.Subscription, pmEmail, StringComparison.OrdinalIgnoreCase))
            .Select(r => IsoWeek.TryParse(r.Week, out var w) ? w : (IsoWeek?)null)
            .OfType<IsoWeek>()
            .Where(w => w.CompareTo(oldest) >= 0 && w.CompareTo(reported) < 0)
            .Order()
            .ToList();
    }

    private static async Task<bool> HasDataAsync(WeeklyDigestLoader loader, IsoWeek week, CancellationToken cancellationToken)
    {
        try
        {
            await loader.EnsureWeekHasDataAsync(week, cancellationToken);
            return true;
        }
        catch (NoDataForWeekException)
        {
            return false;
        }
    }

    // Logs name the subscription without spelling out the address.
    private static string Redact(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at < 2 ? "***" : email[..2] + "***" + email[at..];
    }
}
