using DuckDB.NET.Data;
using Reporting.Warehouse.Migrations;
using Reporting.Warehouse.Schema;

namespace Reporting.Warehouse;

/// <summary>
/// Opens the DuckDB warehouse file: for writing (creating the file and its schema, or migrating an older one), or
/// read-only for commands that only read (no DDL; the file must already be at this build's schema).
/// </summary>
public static class WarehouseConnection
{
    /// <summary>
    /// Opens <paramref name="path"/> for reading and writing, creating it or migrating it to this build's schema.
    /// DuckDB lets one process hold the file; connections opened in the same process share one database instance.
    /// </summary>
    public static async Task<DuckDBConnection> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = await ConnectAsync(full, $"Data Source={full}", cancellationToken);
        try
        {
            await EnsureSchemaAsync(connection, cancellationToken);
            await Recovery.InterruptedRuns.MarkAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens an existing warehouse for writing and fails clearly when the file is missing.</summary>
    public static Task<DuckDBConnection> OpenExistingAsync(string path, CancellationToken cancellationToken = default)
    {
        RequireFile(path);
        return OpenAsync(path, cancellationToken);
    }

    /// <summary>
    /// Opens an existing warehouse read-only (<c>ACCESS_MODE=READ_ONLY</c>), for commands that only read: nothing is
    /// created or migrated, so a file of an older or newer schema than this build's is refused with what to do.
    /// Temporary tables still work.
    /// </summary>
    public static async Task<DuckDBConnection> OpenReadOnlyAsync(string path, CancellationToken cancellationToken = default)
    {
        RequireFile(path);
        var full = Path.GetFullPath(path);
        var connection = await ConnectAsync(full, $"Data Source={full};ACCESS_MODE=READ_ONLY", cancellationToken);
        try
        {
            var found = await StoredSchemaVersion.ReadAsync(connection, cancellationToken) ?? throw StoredSchemaVersion.NotAWarehouse(full);
            if (found > WarehouseSchema.Version)
            {
                throw StoredSchemaVersion.Newer(full, found);
            }

            if (found < WarehouseSchema.Version)
            {
                throw StoredSchemaVersion.OlderForReading(full, found);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Another connection to a file this process already holds open through <see cref="OpenAsync"/> (which did the
    /// schema work): connections to the same path share one DuckDB instance, so this is cheap.
    /// </summary>
    public static Task<DuckDBConnection> OpenSharedAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        return ConnectAsync(full, $"Data Source={full}", cancellationToken);
    }

    /// <summary>Creates the schema on a new file, migrates an older one, refuses a newer one.</summary>
    public static Task EnsureSchemaAsync(DuckDBConnection connection, CancellationToken cancellationToken = default) =>
        SchemaMigrator.Current.EnsureAsync(connection, cancellationToken);

    private static void RequireFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new WarehouseUnavailableException(
                $"No warehouse at {Path.GetFullPath(path)}. Create one with `reporting ingest PATH --db {path}` or `reporting demo`.");
        }
    }

    private static async Task<DuckDBConnection> ConnectAsync(string full, string connectionString, CancellationToken cancellationToken)
    {
        var connection = new DuckDBConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            await connection.DisposeAsync();
            throw new WarehouseUnavailableException(
                $"The warehouse {full} is in use by another process (DuckDB allows one writer). " +
                "Stop that process or point --db at another file.", ex);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
