namespace Reporting.Warehouse.Schema;

/// <summary>
/// Webhook deliveries received from Zendesk, Jira and GitHub, one row per delivery id and source: a replayed delivery
/// meets its own row and is refused, so a ticket is never stored twice for one delivery. Status: queued (verified,
/// waiting for the writer), stored (the ticket is in the warehouse) or rejected (the payload could not be mapped).
/// </summary>
internal static class WebhookTables
{
    public const string WebhookDeliveries =
        """
        CREATE TABLE IF NOT EXISTS webhook_deliveries (
            source      VARCHAR   NOT NULL,
            delivery_id VARCHAR   NOT NULL,
            received_at TIMESTAMP NOT NULL,
            status      VARCHAR   NOT NULL,
            PRIMARY KEY (source, delivery_id)
        )
        """;

    public static readonly string[] Statements = [WebhookDeliveries];
}
