using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// The tickets the priority model learns from and is evaluated on: every ticket whose source gave a priority, labelled
/// with it as written (Jira: Blocker, Critical, Major, Minor, Trivial). The priority itself is left out of the
/// features (<see cref="LabelledTicket.Priority"/> is null), so the model reads only what a reporter wrote.
/// </summary>
public static class PriorityExampleQueries
{
    /// <param name="resolvedOnly">Only resolved tickets (a priority is often revised while a ticket is worked on).</param>
    /// <param name="createdBefore">Only tickets created before this time; null for all.</param>
    public static async Task<IReadOnlyList<LabelledTicket>> LabelledAsync(
        DuckDBConnection connection, bool resolvedOnly, DateTime? createdBefore, CancellationToken cancellationToken) =>
        await connection.ListAsync<LabelledTicket>(
            """
            SELECT t.external_id AS Id, t.created_at AS CreatedAt, t.subject AS Subject, t.body AS Body, t.product AS Product,
                   t.channel AS Channel, CAST(NULL AS VARCHAR) AS Priority, t.type AS Type, array_to_string(t.tags, chr(31)) AS TagList,
                   trim(t.priority) AS Owner, false AS Decided, CAST(NULL AS VARCHAR) AS FieldChanges, false AS SourceKeepsFieldHistory
            FROM tickets t
            WHERE NOT t.deleted AND t.priority IS NOT NULL AND trim(t.priority) <> ''
              AND (NOT $resolvedOnly OR t.resolved_at IS NOT NULL)
              AND ($before IS NULL OR t.created_at < $before)
            ORDER BY t.created_at, t.source, t.external_id
            """, new { resolvedOnly, before = createdBefore }, cancellationToken);
}
