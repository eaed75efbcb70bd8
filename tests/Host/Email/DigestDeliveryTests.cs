using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Reporting.Host.Email;
using Reporting.Reports.Digest;
using Reporting.Reports.Privacy;
using Reporting.Testing;
using UglyToad.PdfPig;

namespace Reporting.Host.Tests.Email;

/// <summary>Digest e-mail over real SMTP (a server on 127.0.0.1), recorded in a real PostgreSQL delivery log.</summary>
[Collection(ServiceCollection.Name)]
public class DigestDeliveryTests(ServiceFixture fixture) : IAsyncLifetime
{
    private SmtpTestServer _smtp = null!;
    private IDeliveryLog _log = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpTestServer.StartAsync();
        var postgres = await fixture.NewDatabaseAsync();
        await PostgresDeliveryLog.EnsureSchemaAsync(postgres, CancellationToken.None);
        _log = new PostgresDeliveryLog(postgres, TestClock.Create());
    }

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    private SmtpMailer Mailer() => new(Options.Create(new SmtpOptions
    {
        Host = "127.0.0.1", Port = _smtp.Port, Security = SecureSocketOptions.None, From = "reporting@example.com", TimeoutSeconds = 10,
    }));

    private DigestDelivery Delivery(IDeliveryLog? log = null) => new(log ?? _log, Mailer(), NullLogger<DigestDelivery>.Instance);

    private async Task<RenderedDigest> DigestAsync()
    {
        var connection = fixture.Warehouse.Connection;
        var renderer = new WeeklyDigestRenderer(connection, TestClock.Create(), TextMasker.Default);
        var subscription = (await DigestSubscription.LoadAllAsync(connection, CancellationToken.None))[0];
        return await renderer.RenderAsync(subscription, await renderer.LatestCompleteWeekAsync(CancellationToken.None), false, CancellationToken.None);
    }

    private static Func<CancellationToken, Task<MimeMessage>> Compose(RenderedDigest digest) =>
        _ => Task.FromResult(DigestEmail.Compose(digest, new MailboxAddress("Reporting", "reporting@example.com"), TextMasker.Default));

    private static DeliveryKey KeyOf(RenderedDigest digest) => new(digest.Data.Subscription.PmEmail, digest.Data.Week.ToString());

    [Fact]
    public async Task The_pm_receives_the_digest_with_figures_in_the_body_and_the_pdf_attached()
    {
        var digest = await DigestAsync();

        var outcome = await Delivery().DeliverAsync(KeyOf(digest), Compose(digest), force: false, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        var message = Assert.Single(_smtp.Received);
        Assert.Equal(digest.Data.Subscription.PmEmail, message.To.Mailboxes.Single().Address);
        Assert.Equal($"Weekly digest {digest.Data.Week}: {string.Join(", ", digest.Data.Subscription.Teams)}", message.Subject);
        Assert.Contains($"New tickets: {digest.Data.ThisWeek.Opened:N0}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<table>", message.HtmlBody, StringComparison.Ordinal);
        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("application/pdf", attachment.ContentType.MimeType);
        using var pdfBytes = new MemoryStream();
        await attachment.Content!.DecodeToAsync(pdfBytes);
        using var pdf = PdfDocument.Open(pdfBytes.ToArray());
        Assert.Contains(digest.Data.Subscription.PmName, pdf.GetPage(1).Text);
        Assert.Equal(DeliveryStatus.Sent, (await _log.GetAsync(KeyOf(digest), CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Smtp_down_then_up_delivers_exactly_once()
    {
        var digest = await DigestAsync();
        await _smtp.StopAsync();

        await Assert.ThrowsAsync<DeliveryRetryException>(() => Delivery().DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None));
        Assert.Equal(DeliveryStatus.RetryScheduled, (await _log.GetAsync(KeyOf(digest), CancellationToken.None))!.Status);

        await _smtp.StartAgainAsync();
        Assert.Equal(DeliveryOutcome.Sent, await Delivery().DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None));
        Assert.Equal(DeliveryOutcome.AlreadySent, await Delivery().DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None));

        Assert.Single(_smtp.Received);
        Assert.Equal(2, (await _log.GetAsync(KeyOf(digest), CancellationToken.None))!.Attempts);
    }

    [Fact]
    public async Task A_crash_between_sending_and_recording_does_not_send_twice_on_retry()
    {
        var digest = await DigestAsync();
        var crashing = new CrashBeforeRecordingSent(_log);

        await Assert.ThrowsAsync<IOException>(() => Delivery(crashing).DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None));
        Assert.Single(_smtp.Received);

        var retry = await Delivery().DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.OutcomeUnknown, retry);
        Assert.Single(_smtp.Received);
        Assert.Equal(DeliveryStatus.Unknown, (await _log.GetAsync(KeyOf(digest), CancellationToken.None))!.Status);
        // Only a person's --force sends it again.
        Assert.Equal(DeliveryOutcome.Sent, await Delivery().DeliverAsync(KeyOf(digest), Compose(digest), force: true, CancellationToken.None));
        Assert.Equal(2, _smtp.Received.Count);
    }

    [Fact]
    public async Task A_refused_address_is_recorded_as_failed_and_not_retried()
    {
        var digest = await DigestAsync();
        _smtp.Refuse(digest.Data.Subscription.PmEmail);

        var first = await Delivery().DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None);
        var again = await Delivery().DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None);

        Assert.Equal((DeliveryOutcome.PermanentlyFailed, DeliveryOutcome.PermanentlyFailed), (first, again));
        var record = (await _log.GetAsync(KeyOf(digest), CancellationToken.None))!;
        Assert.Equal((DeliveryStatus.Failed, 1), (record.Status, record.Attempts));
        Assert.StartsWith("5", record.Detail, StringComparison.Ordinal);
        Assert.Empty(_smtp.Received);
    }

    /// <summary>Stands in for a process that dies right after the SMTP server accepted the message.</summary>
    private sealed class CrashBeforeRecordingSent(IDeliveryLog inner) : IDeliveryLog
    {
        public Task<DeliveryRecord?> GetAsync(DeliveryKey key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public Task BeginAttemptAsync(DeliveryKey key, CancellationToken cancellationToken) => inner.BeginAttemptAsync(key, cancellationToken);

        public Task MarkAsync(DeliveryKey key, DeliveryStatus status, string? detail, CancellationToken cancellationToken) =>
            status == DeliveryStatus.Sent ? throw new IOException("process killed") : inner.MarkAsync(key, status, detail, cancellationToken);

        public Task<IReadOnlyList<DeliveryRecord>> ListAsync(string? week, CancellationToken cancellationToken) => inner.ListAsync(week, cancellationToken);
    }
}
