using DuckDB.NET.Data;
using Reporting.Warehouse.Schema;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// The labelled tickets the owner model learns from and is evaluated on. A ticket's label is the service its latest
/// triage decision routed it to (accept or choose) ahead of the source's own service field: a person looked at the
/// suggestion and decided, which is the routing the model should learn, and the source's field is often filled late,
/// by whoever closed the ticket, or not at all. A decided ticket therefore counts as labelled even when the source
/// gave no service, and even while it is still open (the decision does not wait for the resolution).
/// Each ticket comes with the changes triagers made to its priority, type and tags after filing, newest first, so
/// that it can be rolled back to how it arrived.
/// </summary>
public static class OwnerExampleQueries
{
    /// <param name="resolvedOnly">Only resolved tickets, or decided ones (whose owner is settled by the decision).</param>
    /// <param name="createdBefore">Only tickets created before this time; null for all.</param>
    public static async Task<IReadOnlyList<LabelledTicket>> LabelledAsync(
        DuckDBConnection connection, bool resolvedOnly, DateTime? createdBefore, CancellationToken cancellationToken) =>
        await connection.ListAsync<LabelledTicket>(
            $"""
            SELECT t.external_id AS Id, t.created_at AS CreatedAt, t.subject AS Subject, t.body AS Body, t.product AS Product,
                   t.channel AS Channel, t.priority AS Priority, t.type AS Type, array_to_string(t.tags, chr(31)) AS TagList,
                   coalesce(d.value, t.service) AS Owner, d.value IS NOT NULL AS Decided, fc.changes AS FieldChanges,
                   t.source IN (SELECT source FROM ticket_events WHERE kind IN ({FieldChangeKinds.SqlList})) AS SourceKeepsFieldHistory
            FROM tickets t
            LEFT JOIN {RoutingDecisionSql.Latest} d ON d.source = t.source AND d.ticket_id = t.external_id
            LEFT JOIN {FieldChangesSql} fc ON fc.source = t.source AND fc.ticket_id = t.external_id
            WHERE NOT t.deleted
              AND (d.value IS NOT NULL OR (t.service IS NOT NULL AND t.service <> ''))
              AND (NOT $resolvedOnly OR t.resolved_at IS NOT NULL OR d.value IS NOT NULL)
              AND ($before IS NULL OR t.created_at < $before)
            ORDER BY t.created_at, t.source, t.external_id
            """, new { resolvedOnly, before = createdBefore }, cancellationToken);

    /// <summary>Per ticket, its field changes newest first: <c>kind U+001F detail</c>, joined by U+001E.</summary>
    private const string FieldChangesSql =
        $"""
        (SELECT source, ticket_id,
                string_agg(kind || chr(31) || coalesce(detail, ''), chr(30) ORDER BY occurred_at DESC, event_id DESC) AS changes
         FROM ticket_events
         WHERE kind IN ({FieldChangeKinds.SqlList})
         GROUP BY source, ticket_id)
        """;
}

/// <summary>
/// A ticket with its owner label: the service a triage decision routed it to when there is one
/// (<see cref="Decided"/>), else the source's service. <see cref="TagList"/> is the tags joined by U+001F;
/// <see cref="FieldChanges"/> the changes to priority, type and tags after filing, newest first (null when none);
/// <see cref="SourceKeepsFieldHistory"/> whether the ticket's source records such changes at all (else a ticket without
/// changes may still carry fields a triager set).
/// </summary>
public sealed record LabelledTicket(
    string Id, DateTime CreatedAt, string Subject, string Body, string? Product, string? Channel, string? Priority, string? Type,
    string? TagList, string Owner, bool Decided, string? FieldChanges, bool SourceKeepsFieldHistory)
{
    public IReadOnlyList<string> Tags => string.IsNullOrEmpty(TagList) ? [] : TagList.Split('\u001f');
}
