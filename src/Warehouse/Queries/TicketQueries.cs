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

    /// <summary>The newest ticket that has an owning service, as it was filed; null when none has.</summary>
    public static async Task<OwnedTicket?> NewestOwnedAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        (await connection.ListAsync<OwnedTicket>(
            """
            SELECT external_id AS Id, created_at AS Created, subject AS Subject, body AS Body, channel AS Channel,
                   priority AS Priority, type AS Type, array_to_string(tags, ';') AS TagList, service AS Service
            FROM tickets WHERE service IS NOT NULL AND NOT deleted ORDER BY created_at DESC, external_id LIMIT 1
            """, cancellationToken: cancellationToken)).FirstOrDefault();
}

/// <summary>A ticket with its owning service.</summary>
public sealed record OwnedTicket(
    string Id, DateTime Created, string Subject, string Body, string? Channel, string? Priority, string? Type, string TagList, string Service)
{
    public string[] Tags => TagList.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
