using Hangfire;
using Reporting.Host.Email;
using Reporting.Host.Service;
using Reporting.Warehouse.Calendar;
using Reporting.Reports.Digest;
using Reporting.Reports.Privacy;

namespace Reporting.Host.Jobs;

/// <summary>
/// Renders a PM's weekly digest from the latest warehouse snapshot and e-mails it exactly once. Runs on any
/// process (the default queue); transient SMTP failures throw, so Hangfire retries with backoff.
/// </summary>
public sealed class DigestJobs(SnapshotReader snapshots, DigestDelivery delivery, SmtpMailer mailer, TimeProvider time, ILogger<DigestJobs> logger)
{
    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 6, DelaysInSeconds = [30, 120, 600, 1800, 3600, 7200], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task<DeliveryOutcome> SendWeeklyDigestAsync(string pmEmail, string? week, bool force, CancellationToken cancellationToken)
    {
        await using var connection = await snapshots.OpenAsync(cancellationToken);
        var subscription = await DigestSubscription.FindAsync(connection, pmEmail, cancellationToken);
        var reported = week is null
            ? DigestSchedule.WeekReportedAt(time.GetUtcNow(), DigestSchedule.Zone(subscription.TimeZone))
            : IsoWeek.Parse(week);
        var renderer = new WeeklyDigestRenderer(connection, time, TextMasker.Default);
        try
        {
            await new WeeklyDigestLoader(connection, time).EnsureWeekHasDataAsync(reported, cancellationToken);
        }
        catch (NoDataForWeekException ex)
        {
            logger.LogWarning("Digest {Week} not sent: {Reason}", reported, ex.Message);
            return DeliveryOutcome.NoData;
        }

        var outcome = await delivery.DeliverAsync(
            new DeliveryKey(subscription.PmEmail, reported.ToString()),
            async ct => DigestEmail.Compose(await renderer.RenderAsync(subscription, reported, previews: false, ct), mailer.Sender, TextMasker.Default),
            force,
            cancellationToken);
        logger.LogInformation("Digest {Week} for subscription {Subscription}: {Outcome}", reported, Redact(subscription.PmEmail), outcome);
        return outcome;
    }

    // Logs name the subscription without spelling out the address.
    private static string Redact(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at < 2 ? "***" : email[..2] + "***" + email[at..];
    }
}
