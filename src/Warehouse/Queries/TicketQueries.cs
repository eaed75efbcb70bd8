using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>Questions about the tickets table as a whole, asked by several features; deleted tickets never count.</summary>
public static class TicketQueries
{
    /// <summary>When the newest ticket was created; null for an empty warehouse.</summary>
    public static Task<DateTime?> NewestCreatedAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ScalarAsync<DateTime?>("SELECT max(created_at) FROM tickets WHERE NOT deleted", cancellationToken: cancellationToken);

    /// <summary>When the oldest and the newest ticket were created; nulls for an empty warehouse.</summary>
    public static async Task<(DateTime? Oldest, DateTime? Newest)> CreatedSpanAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        (await connection.ListAsync<(DateTime?, DateTime?)>(
            "SELECT min(created_at), max(created_at) FROM tickets WHERE NOT deleted", cancellationToken: cancellationToken))[0];

    public static Task<long> CountAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE NOT deleted", cancellationToken: cancellationToken);
}
