using DuckDB.NET.Data;
using Reporting.Host.Service;
using Reporting.Warehouse;

namespace Reporting.Host.Email;

/// <summary>
/// Delivery records in the warehouse, for the embedded single-process service. DuckDB lets one process hold the
/// file, and the statements are the same conditional ones as PostgreSQL's; a gate keeps this process's own
/// concurrent claims from meeting as transaction conflicts.
/// </summary>
public sealed class WarehouseDeliveryLog(WarehouseAccess warehouse, TimeProvider time) : IDeliveryLog
{
    private static readonly DeliveryStatements Sql = new("digest_deliveries", "", '$');

    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<DeliveryRecord?> GetAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(Sql.Select, new { s = key.Subscription, w = key.Week }, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<bool> TryClaimAsync(DeliveryKey key, DeliveryClaim claim, CancellationToken cancellationToken) =>
        ChangedAsync(Sql.Claim, new
        {
            s = key.Subscription, w = key.Week, now = claim.Now, claimant = claim.Claimant, lease = claim.LeaseUntil,
            force = claim.Force, takeover = claim.TakeOverFrom,
        }, cancellationToken);

    public Task<bool> MarkAsync(DeliveryKey key, string claimant, DeliveryStatus status, string? detail, CancellationToken cancellationToken) =>
        ChangedAsync(Sql.Mark, new { s = key.Subscription, w = key.Week, claimant, status = status.ToString(), detail, now = Now }, cancellationToken);

    public Task<bool> ExpireAsync(DeliveryKey key, string? claimant, string detail, CancellationToken cancellationToken) =>
        ChangedAsync(Sql.Expire, new { s = key.Subscription, w = key.Week, claimant, detail, now = Now }, cancellationToken);

    public Task RecordNoDataAsync(DeliveryKey key, string detail, CancellationToken cancellationToken) =>
        ChangedAsync(Sql.NoData, new { s = key.Subscription, w = key.Week, detail, now = Now }, cancellationToken);

    public Task<IReadOnlyList<DeliveryRecord>> ListAsync(string? week, CancellationToken cancellationToken) =>
        QueryAsync(Sql.List, new { week }, cancellationToken);

    public Task<IReadOnlyList<DeliveryRecord>> RecentAsync(int limit, CancellationToken cancellationToken) =>
        QueryAsync(Sql.Recent, new { limit = IDeliveryLog.CheckedLimit(limit) }, cancellationToken);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<bool> ChangedAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var c = await OpenAsync(cancellationToken);
            var changed = await c.ListAsync<int>(sql, parameters, cancellationToken);
            return changed.Count > 0;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IReadOnlyList<DeliveryRecord>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        var rows = await c.ListAsync<Row>(sql, parameters, cancellationToken);
        return rows.Select(r => r.ToRecord()).ToList();
    }

    // The table is the warehouse schema's (src/Warehouse), created or migrated when the file is opened.
    private Task<DuckDBConnection> OpenAsync(CancellationToken cancellationToken) => warehouse.OpenAsync(cancellationToken);

    private sealed record Row(
        string Subscription, string Week, string Status, int Attempts, string? Detail, DateTime UpdatedAt, string? Claimant, DateTime? LeaseUntil)
    {
        public DeliveryRecord ToRecord() => new(Subscription, Week, Enum.Parse<DeliveryStatus>(Status), Attempts, Detail, UpdatedAt, Claimant, LeaseUntil);
    }
}
