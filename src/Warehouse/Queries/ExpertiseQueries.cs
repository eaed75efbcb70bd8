using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// What the expertise map reads: who was involved with each ticket of a service created in a period. Read-only.
/// </summary>
public static class ExpertiseQueries
{
    /// <summary>
    /// One row per (ticket, person) for the non-deleted tickets with a service created in [<paramref name="from"/>,
    /// <paramref name="end"/>), and one row with no person for a ticket nobody handled. A person is involved as its
    /// assignee (at its resolution, or its creation while open) or as a commenter (at their last comment before
    /// <paramref name="end"/>); only engineers' comments count (members of a team, or anyone assigned some ticket),
    /// so customers' replies are not expertise. The team is the service's (<c>services</c>), else the ticket's, else
    /// <c>Unowned</c>. <paramref name="service"/> null: every service.
    /// </summary>
    public static Task<IReadOnlyList<ExpertiseInvolvementRow>> InvolvementsAsync(
        DuckDBConnection connection, DateTime from, DateTime end, string? service, CancellationToken cancellationToken) =>
        connection.ListAsync<ExpertiseInvolvementRow>(
            """
            WITH period AS (
                SELECT t.source, t.external_id, t.service, coalesce(s.team, t.team, 'Unowned') AS team, t.assignee,
                       least(coalesce(t.resolved_at, t.created_at), $end) AS assignee_at
                FROM tickets t LEFT JOIN services s ON s.service = t.service
                WHERE NOT t.deleted AND t.service IS NOT NULL AND t.service <> ''
                  AND t.created_at >= $from AND t.created_at < $end
                  AND ($service = '' OR t.service = $service)
            ),
            engineers AS (
                SELECT engineer AS person FROM team_members
                UNION SELECT assignee FROM tickets WHERE assignee IS NOT NULL AND NOT deleted
            ),
            involvement AS (
                SELECT source, external_id, assignee AS person, true AS assigned, assignee_at AS at
                FROM period WHERE assignee IS NOT NULL
                UNION ALL
                SELECT p.source, p.external_id, e.actor, false, e.occurred_at
                FROM period p JOIN ticket_events e ON e.source = p.source AND e.ticket_id = p.external_id
                WHERE e.kind = 'comment' AND e.occurred_at < $end AND e.actor IN (SELECT person FROM engineers)
            )
            SELECT p.team AS Team, p.service AS Service, p.source || '/' || p.external_id AS Ticket,
                   i.person AS Person, coalesce(bool_or(i.assigned), false) AS Assigned, max(i.at) AS At
            FROM period p
            LEFT JOIN involvement i ON i.source = p.source AND i.external_id = p.external_id
            GROUP BY p.team, p.service, p.source, p.external_id, i.person
            ORDER BY p.service, p.source, p.external_id, i.person
            """, new { from, end, service = service ?? "" }, cancellationToken);

    /// <summary>The service's team (configured, else its tickets', else <c>Unowned</c>); null when no configuration or ticket names it.</summary>
    public static Task<string?> TeamOfServiceAsync(DuckDBConnection connection, string service, CancellationToken cancellationToken) =>
        connection.ScalarAsync<string?>(
            """
            SELECT coalesce((SELECT team FROM services WHERE service = $service),
                            (SELECT max(coalesce(team, 'Unowned')) FROM tickets WHERE service = $service AND NOT deleted))
            """, new { service }, cancellationToken);
}

/// <summary>One person's involvement with one ticket (<see cref="ExpertiseQueries.InvolvementsAsync"/>); no person: nobody handled it.</summary>
public sealed record ExpertiseInvolvementRow(string Team, string Service, string Ticket, string? Person, bool Assigned, DateTime? At);
