using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// A consistent copy of the whole open warehouse into a new DuckDB file: <c>COPY FROM DATABASE</c> runs inside
/// DuckDB, on the connection that holds the file (one process owns it), so readers elsewhere get every table as of one moment.
/// </summary>
public static class DatabaseCopyQueries
{
    public static async Task CopyToFileAsync(DuckDBConnection connection, string path, CancellationToken cancellationToken)
    {
        var database = await connection.ScalarAsync<string>("SELECT current_database()", cancellationToken: cancellationToken);
        // A fresh alias per copy: two copies on one connection must not meet.
        var alias = "snapshot_" + Guid.NewGuid().ToString("N")[..8];
        await connection.RunAsync($"ATTACH '{path.Replace("'", "''", StringComparison.Ordinal)}' AS {alias}", cancellationToken: cancellationToken);
        try
        {
            await connection.RunAsync($"COPY FROM DATABASE \"{database}\" TO {alias}", cancellationToken: cancellationToken);
        }
        finally
        {
            await connection.RunAsync($"DETACH {alias}", cancellationToken: CancellationToken.None);
        }
    }
}
