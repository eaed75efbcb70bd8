namespace Reporting.Ingest.Sources.Webhooks;

/// <summary>
/// GitHub: <c>X-Hub-Signature-256: sha256=&lt;hex HMAC-SHA256 of the raw body, keyed with the webhook secret&gt;</c>. GitHub signs
/// no timestamp, so replays are refused by <c>X-GitHub-Delivery</c>, which stays the same when a delivery is redelivered.
/// </summary>
public static class GitHubWebhookSignature
{
    public const string SignatureHeader = "X-Hub-Signature-256";
    public const string DeliveryHeader = "X-GitHub-Delivery";
    public const string EventHeader = "X-GitHub-Event";

    public static WebhookVerdict Verify(string secret, string? signature, ReadOnlySpan<byte> body) =>
        HexHmacSignature.Verify(secret, signature, body);
}
