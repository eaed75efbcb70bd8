using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;

namespace Reporting.Host.Jobs;

/// <summary>
/// Hangfire storage: PostgreSQL when <c>ConnectionStrings:Hangfire</c> is set (what several processes share
/// to scale out), otherwise the in-memory store (the embedded default: one process, nothing to install).
/// </summary>
public static class HangfireStorageFactory
{
    public const string ConnectionStringName = "Hangfire";
    public const string Schema = "hangfire";

    // Any fixed number: every reporting process takes this advisory lock while Hangfire installs its schema,
    // so processes that start together do not race to create the same tables.
    private const long SchemaLockKey = 0x5245504f5254; // "REPORT"

    /// <summary>
    /// How long a fetched job stays invisible to other servers after its worker's last heartbeat. Sliding: a
    /// live worker keeps extending it (every fifth of it), so long jobs are never taken twice, and a killed
    /// worker's jobs are re-queued this long after it died instead of Hangfire.PostgreSql's default 30 minutes.
    /// </summary>
    public static readonly TimeSpan DefaultInvisibilityTimeout = TimeSpan.FromSeconds(30);

    public static JobStorage Create(string? postgresConnectionString, TimeSpan? invisibilityTimeout = null)
    {
        if (string.IsNullOrWhiteSpace(postgresConnectionString))
        {
            return new InMemoryStorage(new InMemoryStorageOptions());
        }

        using (var connection = new NpgsqlConnection(postgresConnectionString))
        {
            connection.Open();
            using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({SchemaLockKey})", connection))
            {
                lockCommand.ExecuteNonQuery();
            }

            try
            {
                return CreatePostgres(postgresConnectionString, invisibilityTimeout ?? DefaultInvisibilityTimeout);
            }
            finally
            {
                using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({SchemaLockKey})", connection);
                unlock.ExecuteNonQuery();
            }
        }
    }

    public static bool IsPostgres(JobStorage storage) => storage is PostgreSqlStorage;

    private static PostgreSqlStorage CreatePostgres(string connectionString, TimeSpan invisibilityTimeout)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(200),
            InvisibilityTimeout = invisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options, null), options);
    }
}
