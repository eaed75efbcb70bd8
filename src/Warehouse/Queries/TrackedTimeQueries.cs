using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>Tickets whose source tracked the time spent on them (Jira timespent, Zendesk time fields), with what the effort model counts.</summary>
public static class TrackedTimeQueries
{
    /// <summary>Every tracked ticket, oldest first: priority, type, hours, engineer comments and reassignments.</summary>
    public static Task<IReadOnlyList<TrackedTicket>> ListAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<TrackedTicket>(
            """
            WITH engineers AS (SELECT DISTINCT assignee AS actor FROM tickets WHERE assignee IS NOT NULL),
            events AS (
                SELECT source, ticket_id,
                       count(*) FILTER (WHERE kind = 'comment' AND actor IN (SELECT actor FROM engineers)) AS comments,
                       greatest(count(*) FILTER (WHERE kind = 'assigned') - 1, 0) + count(*) FILTER (WHERE kind = 'team_changed') AS reassignments
                FROM ticket_events e
                -- only the tracked tickets' events: grouping every event of a large warehouse costs seconds
                WHERE EXISTS (SELECT 1 FROM tickets t WHERE t.source = e.source AND t.external_id = e.ticket_id AND NOT t.deleted AND t.time_spent_seconds > 0)
                GROUP BY ALL
            )
            SELECT lower(coalesce(t.priority, '')) AS Priority, lower(coalesce(t.type, '')) AS Type,
                   t.time_spent_seconds / 3600.0 AS Hours, coalesce(e.comments, 0) AS Comments, coalesce(e.reassignments, 0) AS Reassignments,
                   t.created_at AS CreatedAt
            FROM tickets t LEFT JOIN events e ON e.source = t.source AND e.ticket_id = t.external_id
            WHERE NOT t.deleted AND t.time_spent_seconds > 0
            ORDER BY t.created_at, t.source, t.external_id
            """, cancellationToken: cancellationToken);
}

/// <summary>One ticket with tracked time.</summary>
public sealed record TrackedTicket(string Priority, string Type, double Hours, long Comments, long Reassignments, DateTime CreatedAt);
