using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reporting.Ingest.Sources.Webhooks;

/// <summary>
/// Zendesk: <c>X-Zendesk-Webhook-Signature</c> is base64(HMAC-SHA256(timestamp + raw body)) keyed with the webhook's signing
/// secret, the timestamp being <c>X-Zendesk-Webhook-Signature-Timestamp</c> (ISO 8601). The timestamp is signed, so a delivery
/// older (or newer) than the allowed age is refused even with a valid signature.
/// </summary>
public static class ZendeskWebhookSignature
{
    public const string SignatureHeader = "X-Zendesk-Webhook-Signature";
    public const string TimestampHeader = "X-Zendesk-Webhook-Signature-Timestamp";

    /// <summary>Zendesk's id of one invocation of the webhook; without it the signature itself identifies the delivery.</summary>
    public const string DeliveryHeader = "X-Zendesk-Webhook-Invocation-Id";

    public static WebhookVerdict Verify(
        string secret, string? signature, string? timestamp, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan maxAge)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp)
            || !DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            return WebhookVerdict.Missing;
        }

        var given = new byte[32];
        if (!Convert.TryFromBase64String(signature, given, out var length) || length != given.Length)
        {
            return WebhookVerdict.Missing;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return WebhookVerdict.Mismatch;
        }

        // Checked after the signature, so an unsigned request learns nothing about the clock.
        return (now - signedAt).Duration() > maxAge ? WebhookVerdict.Stale : WebhookVerdict.Valid;
    }
}
