namespace Reporting.Ingest.Sources.Webhooks;

/// <summary>What checking a delivery's signature found; anything but <see cref="Valid"/> is answered 401.</summary>
public enum WebhookVerdict
{
    Valid,

    /// <summary>The signature (or Zendesk's timestamp) header is absent or not in the product's format.</summary>
    Missing,

    /// <summary>The signature does not match the body signed with the configured secret.</summary>
    Mismatch,

    /// <summary>Zendesk: the signed timestamp is further from now than the source's WebhookMaxAge.</summary>
    Stale,
}
