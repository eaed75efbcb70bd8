using System.Data.Common;
using Dapper;

namespace Reporting.Ingest.Warehouse;

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

    public static async Task<IReadOnlyList<T>> ListAsync<T>(
        this DbConnection connection, string sql, object? parameters = null, CancellationToken cancellationToken = default) =>
        (await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
}
