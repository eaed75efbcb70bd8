using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace Reporting.Host.Email;

/// <summary>
/// Delivers each digest exactly once per subscriber and week. The delivery record is written before each
/// step, so a retry knows what happened:
/// <list type="bullet">
/// <item>already <c>Sent</c>: nothing to do;</item>
/// <item>connecting or authenticating failed, or the server refused with a temporary 4xx: nothing was handed
/// over, the record says <c>RetryScheduled</c> and the exception makes Hangfire retry with backoff;</item>
/// <item>the server refused the recipient or message for good (5xx): <c>Failed</c>, recorded and shown, not retried;</item>
/// <item>the process stopped while handing the message over (record still <c>Sending</c>), or the connection broke
/// without a reply: the server may have it, so it is marked <c>Unknown</c> and not resent automatically (a
/// second copy is worse than a question); <c>--force</c> resends.</item>
/// </list>
/// Every attempt carries the same Message-ID.
/// </summary>
public sealed class DigestDelivery(IDeliveryLog log, SmtpMailer mailer, ILogger<DigestDelivery> logger)
{
    public async Task<DeliveryOutcome> DeliverAsync(
        DeliveryKey key, Func<CancellationToken, Task<MimeMessage>> compose, bool force, CancellationToken cancellationToken)
    {
        var existing = await log.GetAsync(key, cancellationToken);
        if (!force)
        {
            switch (existing?.Status)
            {
                case DeliveryStatus.Sent:
                    return DeliveryOutcome.AlreadySent;
                case DeliveryStatus.Failed:
                    return DeliveryOutcome.PermanentlyFailed;
                case DeliveryStatus.Unknown:
                    return DeliveryOutcome.OutcomeUnknown;
                case DeliveryStatus.Sending:
                    await log.MarkAsync(key, DeliveryStatus.Unknown,
                        "interrupted while handing the message to the SMTP server; not resent automatically", cancellationToken);
                    logger.LogWarning("Digest {Week} for a subscriber: outcome unknown after an interrupted attempt; not resending", key.Week);
                    return DeliveryOutcome.OutcomeUnknown;
            }
        }

        var message = await compose(cancellationToken);
        message.MessageId = key.MessageId;
        if (!message.From.Any())
        {
            message.From.Add(mailer.Sender);
        }

        await log.BeginAttemptAsync(key, cancellationToken);
        SmtpClient client;
        try
        {
            client = await mailer.ConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or SmtpProtocolException
                                       or MailKit.Security.AuthenticationException or SmtpCommandException or TimeoutException)
        {
            await log.MarkAsync(key, DeliveryStatus.RetryScheduled, Describe(ex), CancellationToken.None);
            throw new DeliveryRetryException($"SMTP server unavailable for digest {key.Week}: {Describe(ex)}", ex);
        }

        using (client)
        {
            await log.MarkAsync(key, DeliveryStatus.Sending, null, cancellationToken);
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
            {
                await log.MarkAsync(key, DeliveryStatus.Failed, Describe(ex), CancellationToken.None);
                logger.LogWarning("Digest {Week} permanently refused: {Reason}", key.Week, Describe(ex));
                return DeliveryOutcome.PermanentlyFailed;
            }
            catch (SmtpCommandException ex)
            {
                // A 4xx reply: the server answered and did not take the message.
                await log.MarkAsync(key, DeliveryStatus.RetryScheduled, Describe(ex), CancellationToken.None);
                throw new DeliveryRetryException($"SMTP server deferred digest {key.Week}: {Describe(ex)}", ex);
            }
            catch (Exception ex) when (ex is IOException or SmtpProtocolException or ServiceNotConnectedException or OperationCanceledException)
            {
                await log.MarkAsync(key, DeliveryStatus.Unknown, Describe(ex), CancellationToken.None);
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

        await log.MarkAsync(key, DeliveryStatus.Sent, null, CancellationToken.None);
        return DeliveryOutcome.Sent;
    }

    private static string Describe(Exception ex) => ex switch
    {
        SmtpCommandException smtp => $"{(int)smtp.StatusCode} {smtp.ErrorCode}: {smtp.Message}",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
