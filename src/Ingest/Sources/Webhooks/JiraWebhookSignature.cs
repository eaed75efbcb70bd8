namespace Reporting.Ingest.Sources.Webhooks;

/// <summary>
/// Jira (an admin webhook with a secret): <c>X-Hub-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c>. Replays are refused
/// by <c>X-Atlassian-Webhook-Identifier</c>, unique per delivery and unchanged across Jira's retries.
/// </summary>
public static class JiraWebhookSignature
{
    public const string SignatureHeader = "X-Hub-Signature";
    public const string DeliveryHeader = "X-Atlassian-Webhook-Identifier";

    public static WebhookVerdict Verify(string secret, string? signature, ReadOnlySpan<byte> body) =>
        HexHmacSignature.Verify(secret, signature, body);
}
