using System.Data.Common;

namespace Reporting.Warehouse.Schema;

/// <summary>The schema version a warehouse file records, and what to tell the user when it does not fit this build.</summary>
internal static class StoredSchemaVersion
{
    /// <summary>The highest version in schema_info; null for a new file (no schema_info table).</summary>
    public static async Task<int?> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (!await connection.TableExistsAsync("schema_info", cancellationToken))
        {
            return null;
        }

        // An empty schema_info can only be a version-1 file interrupted while it was created (version 1 created its
        // tables one statement at a time; later versions create a file in one transaction), so it is migrated from 1.
        return await connection.ScalarAsync<int?>("SELECT max(version) FROM schema_info", cancellationToken: cancellationToken) ?? 1;
    }

    public static WarehouseUnavailableException Newer(string path, int found) => new(
        $"The warehouse {path} was written by a newer version of reporting (schema {found}); this build knows schema " +
        $"{WarehouseSchema.Version} at most. Use that newer reporting, or point --db at another file.");

    public static WarehouseUnavailableException OlderForReading(string path, int found) => new(
        $"The warehouse {path} has schema {found}, older than this build's schema {WarehouseSchema.Version}, and a read-only " +
        "command does not migrate it. Run a command that writes (such as `reporting ingest`, `reporting capacity` or " +
        "`reporting serve`) on it once, then try again.");

    public static WarehouseUnavailableException NotAWarehouse(string path) => new(
        $"{path} is not a reporting warehouse (it has no schema_info table). Create one with `reporting ingest PATH --db {path}`.");
}
