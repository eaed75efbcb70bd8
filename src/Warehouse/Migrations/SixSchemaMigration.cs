using Reporting.Warehouse.Schema;

namespace Reporting.Warehouse.Migrations;

/// <summary>6→7: webhook_deliveries, the delivery ids already received, so a replayed webhook is refused.</summary>
internal static class SixSchemaMigration
{
    public static SchemaMigration Migration { get; } = new(
        6,
        "webhook_deliveries (received webhook delivery ids)",
        [WebhookTables.WebhookDeliveries]);
}
