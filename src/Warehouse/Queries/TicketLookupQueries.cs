using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>One stored ticket by its id, with the fields the priority and rotation-fit suggestions read.</summary>
public static class TicketLookupQueries
{
    private const string Select =
        """
        SELECT t.source AS Source, t.external_id AS Id, t.created_at AS CreatedAt, t.resolved_at AS ResolvedAt,
               t.subject AS Subject, t.body AS Body, t.product AS Product, t.channel AS Channel, t.priority AS Priority,
               t.type AS Type, array_to_string(t.tags, chr(31)) AS TagList, t.service AS Service,
               coalesce(t.team, s.team) AS Team, array_to_string(t.affected_versions, chr(31)) AS VersionList,
               coalesce(t.customer, t.reporter) AS Customer
        FROM tickets t LEFT JOIN services s ON s.service = t.service
        """;

    /// <summary>The ticket with this external id (the first source's when several sources use it); null when there is none.</summary>
    public static async Task<StoredTicket?> FindAsync(DuckDBConnection connection, string id, CancellationToken cancellationToken) =>
        (await connection.ListAsync<StoredTicket>(
            $"""
            {Select}
            WHERE NOT t.deleted AND t.external_id = $id
            ORDER BY t.source LIMIT 1
            """, new { id }, cancellationToken)).FirstOrDefault();

    /// <summary>The tickets among <paramref name="keys"/> (source, id) that exist, for a page of them at once.</summary>
    public static async Task<IReadOnlyList<StoredTicket>> FindManyAsync(
        DuckDBConnection connection, IReadOnlyList<(string Source, string Id)> keys, CancellationToken cancellationToken) =>
        keys.Count == 0
            ? []
            : await connection.ListAsync<StoredTicket>(
                $"""
                {Select}
                WHERE NOT t.deleted AND list_contains(string_split($keys, chr(31)), t.source || chr(30) || t.external_id)
                """, new { keys = string.Join('\u001f', keys.Select(k => k.Source + '\u001e' + k.Id)) }, cancellationToken);
}

/// <summary>A stored ticket; <see cref="Team"/> is its own or its service's team. Lists are joined by U+001F.</summary>
public sealed record StoredTicket(
    string Source, string Id, DateTime CreatedAt, DateTime? ResolvedAt, string Subject, string Body, string? Product, string? Channel,
    string? Priority, string? Type, string? TagList, string? Service, string? Team, string? VersionList, string? Customer)
{
    public IReadOnlyList<string> Tags => string.IsNullOrEmpty(TagList) ? [] : TagList.Split('\u001f');

    public IReadOnlyList<string> Versions => string.IsNullOrEmpty(VersionList) ? [] : VersionList.Split('\u001f');
}
