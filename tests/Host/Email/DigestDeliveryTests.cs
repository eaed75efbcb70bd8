using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Reporting.Host.Email;
using Reporting.Analytics.Digest;
using Reporting.Host.Application.Digests;
using Reporting.Reports.Privacy;
using Microsoft.Extensions.Time.Testing;
using Reporting.Testing;
using UglyToad.PdfPig;

namespace Reporting.Host.Tests.Email;

/// <summary>Digest e-mail over real SMTP (a server on 127.0.0.1), recorded in a real PostgreSQL delivery log.</summary>
[Collection(ServiceCollection.Name)]
public class DigestDeliveryTests(ServiceFixture fixture) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = TestClock.Create();
    private SmtpTestServer _smtp = null!;
    private IDeliveryLog _log = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpTestServer.StartAsync();
        var postgres = await fixture.NewDatabaseAsync();
        await PostgresDeliveryLog.EnsureSchemaAsync(postgres, CancellationToken.None);
        _log = new PostgresDeliveryLog(postgres, _clock);
    }

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    private SmtpMailer Mailer() => new(Options.Create(new SmtpOptions
    {
        Host = "127.0.0.1", Port = _smtp.Port, Security = SecureSocketOptions.None, From = "reporting@example.com", TimeoutSeconds = 10,
    }));

    private DigestDelivery Delivery(IDeliveryLog? log = null, string? claimant = null) =>
        new(log ?? _log, Mailer(), _clock, NullLogger<DigestDelivery>.Instance) { Claimant = claimant ?? DeliveryClaimant.Current };

    private async Task<RenderedDigest> DigestAsync()
    {
        var connection = fixture.Warehouse.Connection;
        var renderer = new RenderDigests(connection, TestClock.Create(), TextMasker.Default);
        var subscription = (await DigestSubscription.LoadAllAsync(connection, CancellationToken.None))[0];
        return await renderer.RenderAsync(subscription, await renderer.WeekAsync(null, CancellationToken.None), false, CancellationToken.None);
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
        Assert.Contains("Next two weeks", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(message.BodyParts, part => part.ContentType.MimeType == "image/png" && part.ContentId is not null); // the charts survive SMTP
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

    [Fact]
    public async Task Two_processes_delivering_the_same_digest_at_once_send_one_message()
    {
        var digest = await DigestAsync();
        _smtp.HoldReplies();

        // The first claimant is held inside DATA while the second tries: the second must not send.
        var first = Delivery(claimant: "host-a/1/1").DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None);
        await _smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30));
        var second = await Delivery(claimant: "host-b/2/2").DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None);
        _smtp.ReleaseReplies();

        Assert.Equal((DeliveryOutcome.Sent, DeliveryOutcome.InProgress), (await first, second));
        Assert.Single(_smtp.Received);
        var record = (await _log.GetAsync(KeyOf(digest), CancellationToken.None))!;
        Assert.Equal((DeliveryStatus.Sent, 1, "host-a/1/1"), (record.Status, record.Attempts, record.Claimant));
    }

    [Fact]
    public async Task Twenty_racing_claims_on_postgres_have_exactly_one_winner()
    {
        var key = new DeliveryKey("race@example.com", "2026-W40");
        var now = _clock.GetUtcNow().UtcDateTime;

        var won = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            _log.TryClaimAsync(key, new DeliveryClaim($"host/{i}/0", now, now.AddMinutes(5), Force: false), CancellationToken.None))));

        Assert.Equal(1, won.Count(w => w));
        Assert.Equal((DeliveryStatus.Pending, 1), ((await _log.GetAsync(key, CancellationToken.None))!.Status, (await _log.GetAsync(key, CancellationToken.None))!.Attempts));
    }

    [Fact]
    public async Task A_claimant_that_stopped_while_handing_over_leaves_an_unknown_outcome_once_its_lease_expires_and_nothing_is_resent()
    {
        var digest = await DigestAsync();
        var now = _clock.GetUtcNow().UtcDateTime;
        Assert.True(await _log.TryClaimAsync(KeyOf(digest), new DeliveryClaim("other-host/42/7", now, now.AddSeconds(300), false), CancellationToken.None));
        Assert.True(await _log.MarkAsync(KeyOf(digest), "other-host/42/7", DeliveryStatus.Sending, null, CancellationToken.None));

        var whileLeased = await Delivery().DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(301));
        var afterLease = await Delivery().DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None);

        Assert.Equal((DeliveryOutcome.InProgress, DeliveryOutcome.OutcomeUnknown), (whileLeased, afterLease));
        Assert.Empty(_smtp.Received);
        var record = (await _log.GetAsync(KeyOf(digest), CancellationToken.None))!;
        Assert.Equal(DeliveryStatus.Unknown, record.Status);
        Assert.StartsWith("other-host/42/7 stopped while handing the message to the SMTP server (attempt 1", record.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dead_claimant_on_this_host_is_recognised_at_once_without_waiting_for_its_lease()
    {
        var digest = await DigestAsync();
        var now = _clock.GetUtcNow().UtcDateTime;
        var dead = DeliveryClaimant.Format(Environment.MachineName, int.MaxValue - 1, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.True(await _log.TryClaimAsync(KeyOf(digest), new DeliveryClaim(dead, now, now.AddHours(1), false), CancellationToken.None));
        Assert.True(await _log.MarkAsync(KeyOf(digest), dead, DeliveryStatus.Sending, null, CancellationToken.None));

        Assert.Equal(DeliveryOutcome.OutcomeUnknown, await Delivery().DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None));
        Assert.Empty(_smtp.Received);
        Assert.Equal(DeliveryStatus.Unknown, (await _log.GetAsync(KeyOf(digest), CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task A_claimant_that_stopped_before_handing_anything_over_is_taken_over_and_the_digest_sent_once()
    {
        var digest = await DigestAsync();
        var now = _clock.GetUtcNow().UtcDateTime;
        Assert.True(await _log.TryClaimAsync(KeyOf(digest), new DeliveryClaim("other-host/42/7", now, now.AddSeconds(300), false), CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(301));

        Assert.Equal(DeliveryOutcome.Sent, await Delivery().DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None));
        Assert.Single(_smtp.Received);
        var record = (await _log.GetAsync(KeyOf(digest), CancellationToken.None))!;
        Assert.Equal((DeliveryStatus.Sent, 2, DeliveryClaimant.Current), (record.Status, record.Attempts, record.Claimant));
    }

    [Fact]
    public async Task A_claim_that_ran_out_and_was_taken_over_changes_nothing_for_its_former_holder()
    {
        var key = new DeliveryKey("late@example.com", "2026-W41");
        var now = _clock.GetUtcNow().UtcDateTime;
        Assert.True(await _log.TryClaimAsync(key, new DeliveryClaim("slow/1/1", now, now.AddSeconds(60), false), CancellationToken.None));
        Assert.True(await _log.TryClaimAsync(key, new DeliveryClaim("fast/2/2", now.AddSeconds(61), now.AddSeconds(361), false), CancellationToken.None));

        Assert.False(await _log.MarkAsync(key, "slow/1/1", DeliveryStatus.Sending, null, CancellationToken.None));
        var record = (await _log.GetAsync(key, CancellationToken.None))!;
        Assert.Equal((DeliveryStatus.Pending, "fast/2/2", 2), (record.Status, record.Claimant, record.Attempts));
    }

    [Fact]
    public async Task The_embedded_warehouse_record_lets_one_of_two_concurrent_deliveries_send()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        await using var access = new Reporting.Host.Service.WarehouseAccess(Options.Create(new Reporting.Host.Service.ReportingOptions { Warehouse = warehouse.Path }));
        var log = new WarehouseDeliveryLog(access, _clock);
        var digest = await DigestAsync();
        _smtp.HoldReplies();

        var first = Delivery(log, "host-a/1/1").DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None);
        await _smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30));
        var second = await Delivery(log, "host-b/2/2").DeliverAsync(KeyOf(digest), Compose(digest), false, CancellationToken.None);
        _smtp.ReleaseReplies();

        Assert.Equal((DeliveryOutcome.Sent, DeliveryOutcome.InProgress), (await first, second));
        Assert.Single(_smtp.Received);
        var record = (await log.GetAsync(KeyOf(digest), CancellationToken.None))!;
        Assert.Equal((DeliveryStatus.Sent, 1), (record.Status, record.Attempts));
        var won = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => log.TryClaimAsync(
            new DeliveryKey("race@example.com", "2026-W40"),
            new DeliveryClaim($"h/{i}/0", _clock.GetUtcNow().UtcDateTime, _clock.GetUtcNow().UtcDateTime.AddMinutes(5), false),
            CancellationToken.None))));
        Assert.Equal(1, won.Count(w => w));
    }

    [Fact]
    public async Task A_week_without_data_is_recorded_and_a_later_claim_may_send_it()
    {
        var key = new DeliveryKey("nodata@example.com", "2026-W42");
        await _log.RecordNoDataAsync(key, "No tickets in 2026-W42", CancellationToken.None);
        var recorded = (await _log.GetAsync(key, CancellationToken.None))!;
        var now = _clock.GetUtcNow().UtcDateTime;

        Assert.Equal((DeliveryStatus.NoData, 0, "No tickets in 2026-W42"), (recorded.Status, recorded.Attempts, recorded.Detail));
        Assert.True(await _log.TryClaimAsync(key, new DeliveryClaim("h/1/1", now, now.AddMinutes(5), false), CancellationToken.None));
        Assert.Equal(1, (await _log.GetAsync(key, CancellationToken.None))!.Attempts);
    }

    /// <summary>Stands in for a process that dies right after the SMTP server accepted the message.</summary>
    private sealed class CrashBeforeRecordingSent(IDeliveryLog inner) : IDeliveryLog
    {
        public Task<DeliveryRecord?> GetAsync(DeliveryKey key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public Task<bool> TryClaimAsync(DeliveryKey key, DeliveryClaim claim, CancellationToken cancellationToken) =>
            inner.TryClaimAsync(key, claim, cancellationToken);

        public Task<bool> MarkAsync(DeliveryKey key, string claimant, DeliveryStatus status, string? detail, CancellationToken cancellationToken) =>
            status == DeliveryStatus.Sent ? throw new IOException("process killed") : inner.MarkAsync(key, claimant, status, detail, cancellationToken);

        public Task<bool> ExpireAsync(DeliveryKey key, string? claimant, string detail, CancellationToken cancellationToken) =>
            inner.ExpireAsync(key, claimant, detail, cancellationToken);

        public Task RecordNoDataAsync(DeliveryKey key, string detail, CancellationToken cancellationToken) =>
            inner.RecordNoDataAsync(key, detail, cancellationToken);

        public Task<IReadOnlyList<DeliveryRecord>> ListAsync(string? week, CancellationToken cancellationToken) => inner.ListAsync(week, cancellationToken);

        public Task<IReadOnlyList<DeliveryRecord>> RecentAsync(int limit, CancellationToken cancellationToken) => inner.RecentAsync(limit, cancellationToken);
    }
}
