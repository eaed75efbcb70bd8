using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>The webhook deliveries received, one row per source and delivery id: what makes a replay recognisable.</summary>
public static class WebhookDeliveryQueries
{
    public const string Queued = "queued";
    public const string Stored = "stored";
    public const string Rejected = "rejected";
    public const string Ignored = "ignored";

    /// <summary>Records a new delivery; false when that source already received this delivery id (a replay).</summary>
    public static async Task<bool> RecordAsync(
        DuckDBConnection connection, string source, string deliveryId, DateTime receivedAt, string status, CancellationToken cancellationToken) =>
        await connection.RunAsync(
            """
            INSERT INTO webhook_deliveries (source, delivery_id, received_at, status)
            VALUES ($source, $deliveryId, $receivedAt, $status)
            ON CONFLICT DO NOTHING
            """,
            new { source, deliveryId, receivedAt, status }, cancellationToken) == 1;

    public static Task<int> SetStatusAsync(
        DuckDBConnection connection, string source, string deliveryId, string status, CancellationToken cancellationToken) =>
        connection.RunAsync(
            "UPDATE webhook_deliveries SET status = $status WHERE source = $source AND delivery_id = $deliveryId",
            new { source, deliveryId, status }, cancellationToken);
}
