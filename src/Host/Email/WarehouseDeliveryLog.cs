using Reporting.Host.Service;
using Reporting.Warehouse;

namespace Reporting.Host.Email;

/// <summary>Delivery records in the warehouse, for the embedded single-process service.</summary>
public sealed class WarehouseDeliveryLog(WarehouseAccess warehouse, TimeProvider time) : IDeliveryLog
{
    private const string Schema =
        """
        CREATE TABLE IF NOT EXISTS digest_deliveries (
            subscription VARCHAR NOT NULL,
            week         VARCHAR NOT NULL,
            status       VARCHAR NOT NULL,
            attempts     INTEGER NOT NULL,
            detail       VARCHAR,
            updated_at   TIMESTAMP NOT NULL,
            PRIMARY KEY (subscription, week)
        )
        """;

    private const string Columns = "subscription AS Subscription, week AS Week, status AS Status, attempts AS Attempts, detail AS Detail, updated_at AS UpdatedAt";

    public async Task<DeliveryRecord?> GetAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        var rows = await c.ListAsync<Row>($"SELECT {Columns} FROM digest_deliveries WHERE subscription = $s AND week = $w",
            new { s = key.Subscription, w = key.Week }, cancellationToken);
        return rows.Count == 0 ? null : rows[0].ToRecord();
    }

    public async Task BeginAttemptAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await c.RunAsync(
            """
            INSERT INTO digest_deliveries VALUES ($s, $w, 'Pending', 1, NULL, $now)
            ON CONFLICT (subscription, week) DO UPDATE SET status = 'Pending', attempts = attempts + 1, updated_at = $now
            """,
            new { s = key.Subscription, w = key.Week, now = time.GetUtcNow().UtcDateTime }, cancellationToken);
    }

    public async Task MarkAsync(DeliveryKey key, DeliveryStatus status, string? detail, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await c.RunAsync(
            "UPDATE digest_deliveries SET status = $status, detail = $detail, updated_at = $now WHERE subscription = $s AND week = $w",
            new { s = key.Subscription, w = key.Week, status = status.ToString(), detail, now = time.GetUtcNow().UtcDateTime }, cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(string? week, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        var rows = await c.ListAsync<Row>(
            $"SELECT {Columns} FROM digest_deliveries WHERE $w IS NULL OR week = $w ORDER BY week, subscription", new { w = week }, cancellationToken);
        return rows.Select(r => r.ToRecord()).ToList();
    }

    private async Task<DuckDB.NET.Data.DuckDBConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await warehouse.OpenAsync(cancellationToken);
        await connection.RunAsync(Schema, cancellationToken: cancellationToken);
        return connection;
    }

    private sealed record Row(string Subscription, string Week, string Status, int Attempts, string? Detail, DateTime UpdatedAt)
    {
        public DeliveryRecord ToRecord() => new(Subscription, Week, Enum.Parse<DeliveryStatus>(Status), Attempts, Detail, UpdatedAt);
    }
}
