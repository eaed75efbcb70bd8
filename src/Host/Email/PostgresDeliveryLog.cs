using Npgsql;

namespace Reporting.Host.Email;

/// <summary>Delivery records in PostgreSQL, shared by every writer and worker process.</summary>
public sealed class PostgresDeliveryLog(string connectionString, TimeProvider time) : IDeliveryLog
{
    public const string Table = "reporting_digest_deliveries";

    public static async Task EnsureSchemaAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // Serialised with the same advisory lock Hangfire's schema uses, so processes starting together do not race.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(90412)", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await using var create = new NpgsqlCommand(
                $"""
                CREATE TABLE IF NOT EXISTS {Table} (
                    subscription TEXT NOT NULL,
                    week         TEXT NOT NULL,
                    status       TEXT NOT NULL,
                    attempts     INTEGER NOT NULL,
                    detail       TEXT,
                    updated_at   TIMESTAMP NOT NULL,
                    PRIMARY KEY (subscription, week)
                );
                CREATE TABLE IF NOT EXISTS reporting_worker_probes (
                    probe_id  TEXT NOT NULL,
                    job_id    TEXT NOT NULL,
                    server    TEXT NOT NULL,
                    run_at    TIMESTAMP NOT NULL
                );
                """, connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(90412)", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    public async Task<DeliveryRecord?> GetAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT subscription, week, status, attempts, detail, updated_at FROM {Table} WHERE subscription = $1 AND week = $2", connection)
        {
            Parameters = { new() { Value = key.Subscription }, new() { Value = key.Week } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task BeginAttemptAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {Table} (subscription, week, status, attempts, detail, updated_at) VALUES ($1, $2, 'Pending', 1, NULL, $3)
            ON CONFLICT (subscription, week) DO UPDATE SET status = 'Pending', attempts = {Table}.attempts + 1, updated_at = $3
            """, connection)
        {
            Parameters = { new() { Value = key.Subscription }, new() { Value = key.Week }, new() { Value = Now } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkAsync(DeliveryKey key, DeliveryStatus status, string? detail, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"UPDATE {Table} SET status = $3, detail = $4, updated_at = $5 WHERE subscription = $1 AND week = $2", connection)
        {
            Parameters =
            {
                new() { Value = key.Subscription }, new() { Value = key.Week }, new() { Value = status.ToString() },
                new() { Value = (object?)detail ?? DBNull.Value }, new() { Value = Now },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(string? week, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT subscription, week, status, attempts, detail, updated_at FROM {Table} WHERE $1::text IS NULL OR week = $1 ORDER BY week, subscription",
            connection)
        {
            Parameters = { new() { Value = (object?)week ?? DBNull.Value } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<DeliveryRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    private DateTime Now => DateTime.SpecifyKind(time.GetUtcNow().UtcDateTime, DateTimeKind.Unspecified);

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static DeliveryRecord Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), Enum.Parse<DeliveryStatus>(r.GetString(2)), r.GetInt32(3),
        r.IsDBNull(4) ? null : r.GetString(4), r.GetDateTime(5));
}
