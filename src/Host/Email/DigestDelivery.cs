using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace Reporting.Host.Email;

/// <summary>
/// Delivers each digest exactly once per subscriber and week, whatever number of processes try at once.
/// A process first claims the delivery atomically in the shared record (one winner; the others report
/// <see cref="DeliveryOutcome.InProgress"/>), then writes each step before taking it, so any later attempt knows
/// what happened:
/// <list type="bullet">
/// <item>already <c>Sent</c>: nothing to do;</item>
/// <item>rendering, connecting or authenticating failed, or the server refused with a temporary 4xx: nothing was
/// handed over, the record says <c>RetryScheduled</c> and the exception makes Hangfire retry with backoff;</item>
/// <item>the server refused the recipient or message for good (5xx): <c>Failed</c>, recorded and shown, not retried;</item>
/// <item>the claimant stopped while handing the message over (record still <c>Sending</c>, its lease expired or
/// its process gone), or the connection broke without a reply: the server may have it, so it is marked
/// <c>Unknown</c> and not resent automatically (a second copy is worse than a question); <c>--force</c> resends;</item>
/// <item>the claimant stopped before handing anything over (<c>Pending</c>): the next attempt takes the claim over.</item>
/// </list>
/// Every attempt carries the same Message-ID.
/// </summary>
public sealed class DigestDelivery(IDeliveryLog log, SmtpMailer mailer, TimeProvider time, ILogger<DigestDelivery> logger)
{
    private const int ClaimRounds = 4;

    // One attempt per delivery at a time inside this process (two job workers may run the same digest): the
    // second waits and then reads the first one's outcome. Holding it, a record still held under this process's
    // own name is left over from an attempt that ended without recording its outcome.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Claimant, DeliveryKey Key), SemaphoreSlim> Gates = new();

    /// <summary>This process's name in the records (host, process id and start time).</summary>
    public string Claimant { get; init; } = DeliveryClaimant.Current;

    public async Task<DeliveryOutcome> DeliverAsync(
        DeliveryKey key, Func<CancellationToken, Task<MimeMessage>> compose, bool force, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd((Claimant, key), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var claimed = await ClaimAsync(key, force, cancellationToken);
            return claimed ?? await SendClaimedAsync(key, compose, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<DeliveryOutcome> SendClaimedAsync(DeliveryKey key, Func<CancellationToken, Task<MimeMessage>> compose, CancellationToken cancellationToken)
    {
        MimeMessage message;
        try
        {
            message = await compose(cancellationToken);
        }
        catch (Exception ex)
        {
            await log.MarkAsync(key, Claimant, DeliveryStatus.RetryScheduled, $"could not render: {Describe(ex)}", CancellationToken.None);
            throw;
        }

        message.MessageId = key.MessageId;
        if (!message.From.Any())
        {
            message.From.Add(mailer.Sender);
        }

        SmtpClient client;
        try
        {
            client = await mailer.ConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or SmtpProtocolException
                                       or MailKit.Security.AuthenticationException or SmtpCommandException or TimeoutException)
        {
            await log.MarkAsync(key, Claimant, DeliveryStatus.RetryScheduled, Describe(ex), CancellationToken.None);
            throw new DeliveryRetryException($"SMTP server unavailable for digest {key.Week}: {Describe(ex)}", ex);
        }

        using (client)
        {
            if (!await log.MarkAsync(key, Claimant, DeliveryStatus.Sending, null, cancellationToken))
            {
                // The claim ran out while connecting and another process took it: that one sends.
                logger.LogWarning("Digest {Week}: the claim was taken over before sending; not sending", key.Week);
                return DeliveryOutcome.InProgress;
            }

            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
            {
                await log.MarkAsync(key, Claimant, DeliveryStatus.Failed, Describe(ex), CancellationToken.None);
                logger.LogWarning("Digest {Week} permanently refused: {Reason}", key.Week, Describe(ex));
                return DeliveryOutcome.PermanentlyFailed;
            }
            catch (SmtpCommandException ex)
            {
                // A 4xx reply: the server answered and did not take the message.
                await log.MarkAsync(key, Claimant, DeliveryStatus.RetryScheduled, Describe(ex), CancellationToken.None);
                throw new DeliveryRetryException($"SMTP server deferred digest {key.Week}: {Describe(ex)}", ex);
            }
            catch (Exception ex) when (ex is IOException or SmtpProtocolException or ServiceNotConnectedException or OperationCanceledException)
            {
                await log.MarkAsync(key, Claimant, DeliveryStatus.Unknown, Describe(ex), CancellationToken.None);
                logger.LogWarning("Digest {Week}: connection lost while handing over; outcome unknown", key.Week);
                return DeliveryOutcome.OutcomeUnknown;
            }

            try
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
            catch (Exception ex) when (ex is IOException or SmtpProtocolException)
            {
                // The message was accepted before QUIT; a rude goodbye does not change that.
            }
        }

        await log.MarkAsync(key, Claimant, DeliveryStatus.Sent, null, CancellationToken.None);
        return DeliveryOutcome.Sent;
    }

    /// <summary>Null when this process now holds the delivery; otherwise what the record says instead.</summary>
    private async Task<DeliveryOutcome?> ClaimAsync(DeliveryKey key, bool force, CancellationToken cancellationToken)
    {
        string? takeOver = null;
        for (var round = 0; round < ClaimRounds; round++)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var lease = now.AddSeconds(mailer.Options.DeliveryLeaseSeconds);
            if (await log.TryClaimAsync(key, new DeliveryClaim(Claimant, now, lease, force, takeOver), cancellationToken))
            {
                return null;
            }

            var existing = await log.GetAsync(key, cancellationToken);
            var over = existing is not null && (existing.LeaseUntil is null || existing.LeaseUntil <= now
                || existing.Claimant == Claimant
                || DeliveryClaimant.IsDeadOnThisHost(existing.Claimant));
            switch (existing?.Status)
            {
                case DeliveryStatus.Sent:
                    return DeliveryOutcome.AlreadySent;
                case DeliveryStatus.Failed:
                    return DeliveryOutcome.PermanentlyFailed;
                case DeliveryStatus.Unknown:
                    return DeliveryOutcome.OutcomeUnknown;
                case DeliveryStatus.Sending when over && !force:
                    var detail = $"{existing!.Claimant ?? "an earlier process"} stopped while handing the message to the SMTP server " +
                                 $"(attempt {existing.Attempts}, last change {existing.UpdatedAt:u}); the server may have it, so it is not resent automatically";
                    if (await log.ExpireAsync(key, existing.Claimant, detail, cancellationToken))
                    {
                        logger.LogWarning("Digest {Week}: {Detail}", key.Week, detail);
                        return DeliveryOutcome.OutcomeUnknown;
                    }

                    break;
                case DeliveryStatus.Pending or DeliveryStatus.Sending when over:
                    takeOver = existing!.Claimant; // gone before handing anything over (or forced): take its claim
                    break;
                case DeliveryStatus.Pending or DeliveryStatus.Sending:
                    return DeliveryOutcome.InProgress;
            }
        }

        return DeliveryOutcome.InProgress;
    }

    private static string Describe(Exception ex) => ex switch
    {
        SmtpCommandException smtp => $"{(int)smtp.StatusCode} {smtp.ErrorCode}: {smtp.Message}",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
