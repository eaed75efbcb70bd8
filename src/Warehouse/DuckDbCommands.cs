using System.Data.Common;
using Dapper;

namespace Reporting.Warehouse;

/// <summary>
/// Dapper calls with a cancellation token in one short line. Parameters are named: <c>$team</c> in SQL,
/// <c>new { team }</c> in C#.
/// </summary>
public static class DuckDbCommands
{
    public static Task<int> RunAsync(
        this DbConnection connection, string sql, object? parameters = null, CancellationToken cancellationToken = default) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));

    public static Task<T?> ScalarAsync<T>(
        this DbConnection connection, string sql, object? parameters = null, CancellationToken cancellationToken = default) =>
        connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));

    /// <summary>Whether a table exists (read-only snapshots cannot create missing ones on the fly).</summary>
    public static async Task<bool> TableExistsAsync(this DbConnection connection, string table, CancellationToken cancellationToken = default) =>
        await connection.ScalarAsync<long>(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = $table AND NOT temporary", new { table }, cancellationToken) > 0;

    public static async Task<IReadOnlyList<T>> ListAsync<T>(
        this DbConnection connection, string sql, object? parameters = null, CancellationToken cancellationToken = default) =>
        (await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
}
