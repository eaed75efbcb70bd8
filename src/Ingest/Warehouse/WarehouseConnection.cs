using DuckDB.NET.Data;

namespace Reporting.Ingest.Warehouse;

/// <summary>Opens the DuckDB warehouse file, creating it and its schema when needed.</summary>
public static class WarehouseConnection
{
    /// <summary>
    /// Opens <paramref name="path"/> for reading and writing. DuckDB lets one process hold the file;
    /// connections opened in the same process share one database instance.
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

        var connection = new DuckDBConnection($"Data Source={full}");
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            await connection.DisposeAsync();
            throw new WarehouseUnavailableException(
                $"The warehouse {full} is in use by another process (DuckDB allows one writer). " +
                "Stop that process or point --db at another file.", ex);
        }

        await EnsureSchemaAsync(connection, cancellationToken);
        return connection;
    }

    /// <summary>Opens an existing warehouse and fails clearly when the file is missing.</summary>
    public static Task<DuckDBConnection> OpenExistingAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new WarehouseUnavailableException(
                $"No warehouse at {Path.GetFullPath(path)}. Create one with `reporting ingest PATH --db {path}` or `reporting demo`.");
        }

        return OpenAsync(path, cancellationToken);
    }

    public static async Task EnsureSchemaAsync(DuckDBConnection connection, CancellationToken cancellationToken = default)
    {
        foreach (var statement in WarehouseSchema.Statements)
        {
            await connection.RunAsync(statement, cancellationToken: cancellationToken);
        }

        var version = await connection.ScalarAsync<int?>("SELECT max(version) FROM schema_info", cancellationToken: cancellationToken);
        if (version is null)
        {
            await connection.RunAsync(
                "INSERT INTO schema_info VALUES ($version, now()::TIMESTAMP)",
                new { version = WarehouseSchema.Version }, cancellationToken);
        }
        else if (version > WarehouseSchema.Version)
        {
            throw new WarehouseUnavailableException(
                $"The warehouse was written by a newer version of reporting (schema {version}, this build knows {WarehouseSchema.Version}).");
        }
    }
}
