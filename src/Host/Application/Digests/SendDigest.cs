using DuckDB.NET.Data;
using Reporting.Analytics.Digest;
using Reporting.Host.Email;
using Reporting.Warehouse.Calendar;
using Reporting.Reports.Privacy;

namespace Reporting.Host.Application.Digests;

/// <summary>
/// E-mails one PM's digest for one week through the exactly-once delivery record; the digest is rendered only
/// after this process holds the delivery. The scheduled job and <c>digest send</c> both come here.
/// </summary>
public sealed class SendDigest(DigestDelivery delivery, TimeProvider time, TextMasker masker)
{
    public Task<DeliveryOutcome> RunAsync(
        DuckDBConnection connection, DigestSubscription subscription, IsoWeek week, MimeKit.MailboxAddress sender, bool force, CancellationToken cancellationToken) =>
        RunAsync(new RenderDigests(connection, time, masker), subscription, week, sender, force, cancellationToken);

    public Task<DeliveryOutcome> RunAsync(
        RenderDigests renderer, DigestSubscription subscription, IsoWeek week, MimeKit.MailboxAddress sender, bool force, CancellationToken cancellationToken) =>
        delivery.DeliverAsync(
            new DeliveryKey(subscription.PmEmail, week.ToString()),
            async ct => DigestEmail.Compose(await renderer.RenderAsync(subscription, week, previews: false, ct), sender, masker),
            force,
            cancellationToken);
}
