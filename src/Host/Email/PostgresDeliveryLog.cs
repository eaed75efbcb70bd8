using System.Collections.Concurrent;
using Npgsql;
using Reporting.Warehouse.Schema;

namespace Reporting.Host.Email;

/// <summary>Delivery records in PostgreSQL, shared by every writer and worker process.</summary>
public sealed class PostgresDeliveryLog(string connectionString, TimeProvider time) : IDeliveryLog
{
    public const string Table = SharedPostgresTables.DeliveriesTable;

    // The same advisory lock Hangfire's schema set-up takes, so processes starting together do not race.
    private const long SchemaLockKey = 90412;

    private static readonly DeliveryStatements Sql = new(Table, Table + ".", '@');

    // Every process that uses the records prepares them once, whoever started first.
    private static readonly ConcurrentDictionary<string, Lazy<Task>> Prepared = new();

    public static async Task EnsureSchemaAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({SchemaLockKey})", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await using var create = new NpgsqlCommand(SharedPostgresTables.Script, connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({SchemaLockKey})", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    public async Task<DeliveryRecord?> GetAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        var records = await QueryAsync(Sql.Select, cancellationToken, ("s", key.Subscription), ("w", key.Week));
        return records.Count == 0 ? null : records[0];
    }

    public async Task<bool> TryClaimAsync(DeliveryKey key, DeliveryClaim claim, CancellationToken cancellationToken) =>
        await ChangedAsync(Sql.Claim, cancellationToken,
            ("s", key.Subscription), ("w", key.Week), ("now", Unspecified(claim.Now)), ("claimant", claim.Claimant),
            ("lease", Unspecified(claim.LeaseUntil)), ("force", claim.Force), ("takeover", claim.TakeOverFrom));

    public async Task<bool> MarkAsync(DeliveryKey key, string claimant, DeliveryStatus status, string? detail, CancellationToken cancellationToken) =>
        await ChangedAsync(Sql.Mark, cancellationToken,
            ("s", key.Subscription), ("w", key.Week), ("claimant", claimant), ("status", status.ToString()), ("detail", detail), ("now", Now));

    public async Task<bool> ExpireAsync(DeliveryKey key, string? claimant, string detail, CancellationToken cancellationToken) =>
        await ChangedAsync(Sql.Expire, cancellationToken,
            ("s", key.Subscription), ("w", key.Week), ("claimant", claimant), ("detail", detail), ("now", Now));

    public async Task RecordNoDataAsync(DeliveryKey key, string detail, CancellationToken cancellationToken) =>
        await ChangedAsync(Sql.NoData, cancellationToken, ("s", key.Subscription), ("w", key.Week), ("detail", detail), ("now", Now));

    public Task<IReadOnlyList<DeliveryRecord>> ListAsync(string? week, CancellationToken cancellationToken) =>
        QueryAsync(Sql.List, cancellationToken, ("week", week));

    public Task<IReadOnlyList<DeliveryRecord>> RecentAsync(int limit, CancellationToken cancellationToken) =>
        QueryAsync(Sql.Recent, cancellationToken, ("limit", IDeliveryLog.CheckedLimit(limit)));

    private DateTime Now => Unspecified(time.GetUtcNow().UtcDateTime);

    // PostgreSQL's TIMESTAMP (without time zone) takes unspecified DateTimes; every value here is UTC.
    private static DateTime Unspecified(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);

    private async Task<bool> ChangedAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(sql, connection, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) || reader.RecordsAffected > 0;
    }

    private async Task<IReadOnlyList<DeliveryRecord>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(sql, connection, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<DeliveryRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new DeliveryRecord(
                reader.GetString(0), reader.GetString(1), Enum.Parse<DeliveryStatus>(reader.GetString(2)), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetDateTime(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetDateTime(7)));
        }

        return records;
    }

    private static NpgsqlCommand Command(string sql, NpgsqlConnection connection, (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value is null
                ? new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Text) { Value = DBNull.Value }
                : new NpgsqlParameter(name, value));
        }

        return command;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var prepared = Prepared.GetOrAdd(connectionString, cs => new Lazy<Task>(() => EnsureSchemaAsync(cs, CancellationToken.None)));
        try
        {
            await prepared.Value;
        }
        catch
        {
            // PostgreSQL was unreachable: the next call tries again rather than failing forever.
            Prepared.TryRemove(new KeyValuePair<string, Lazy<Task>>(connectionString, prepared));
            throw;
        }

        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
