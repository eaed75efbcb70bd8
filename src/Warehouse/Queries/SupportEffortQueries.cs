using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// Estimates the engineering hours tickets took, line by line (<c>cap_effort</c>): a base estimate per ticket
/// in the week work on it started, charged to its assignee; each engineer comment in its week, charged to the
/// commenter; each reassignment (team change, or assignment after the first); or the tracked time instead of
/// all of these where the source records it. Hours are charged to the engineer's team; a line without a known
/// engineer is charged to the rotation engineer of the ticket's team. A line is "absorbed" when that engineer
/// was on rotation that week and "leaked" otherwise.
/// </summary>
public static class SupportEffortQueries
{
    public static Task BuildAsync(DuckDBConnection connection, EffortRates effort, CancellationToken cancellationToken) =>
        BuildAsync(connection, effort, changedOnly: false, cancellationToken);

    /// <param name="changedOnly">Only the tickets in <c>cap_scope</c> (source, external_id): the changed ones, whose lines an incremental refresh replaces, and those with lines in forecast weeks.</param>
    public static async Task BuildAsync(DuckDBConnection connection, EffortRates effort, bool changedOnly, CancellationToken cancellationToken)
    {
        // Literal VALUES rather than the appender: the capacity queries also run on read-only snapshots.
        await connection.RunAsync(
            $"""
            CREATE OR REPLACE TEMP TABLE cap_priority AS SELECT * FROM (VALUES {Values(effort.BaseHoursByPriority)}) t(priority, hours);
            CREATE OR REPLACE TEMP TABLE cap_type AS SELECT * FROM (VALUES {Values(effort.TypeMultiplier)}) t(type, multiplier);
            CREATE OR REPLACE TEMP TABLE cap_cell AS SELECT * FROM (VALUES {Values(effort.BaseHoursByCell)}) t(cell, hours);
            """, cancellationToken: cancellationToken);

        // The intermediate steps are views: DuckDB streams them into cap_effort instead of storing millions of rows twice.
        await connection.RunAsync(
            $"""
            CREATE OR REPLACE TEMP VIEW cap_ticket AS
            SELECT t.source, t.external_id, coalesce(t.team, s.team, t.product, 'Unowned') AS ticket_team,
                   t.service, t.type, t.assignee,
                   coalesce(f.hours, coalesce(p.hours, {Number(effort.DefaultBaseHours)}) * coalesce(m.multiplier, 1.0)) AS base_hours,
                   coalesce(t.first_response_at, t.created_at) AS started_at, t.resolved_at,
                   coalesce(t.time_spent_seconds, 0) AS tracked_seconds
            FROM tickets t
            LEFT JOIN services s ON s.service = t.service
            LEFT JOIN cap_priority p ON p.priority = lower(t.priority)
            LEFT JOIN cap_type m ON m.type = lower(t.type)
            LEFT JOIN cap_cell f ON f.cell = lower(coalesce(t.priority, '')) || '|' || lower(coalesce(t.type, ''))
            WHERE NOT t.deleted{(changedOnly ? " AND EXISTS (SELECT 1 FROM cap_scope c WHERE c.source = t.source AND c.external_id = t.external_id)" : "")};

            CREATE OR REPLACE TEMP VIEW cap_lines AS
            SELECT source, external_id, ticket_team, service, type, 'base' AS kind, assignee AS actor,
                   started_at AS at, base_hours AS hours
            FROM cap_ticket WHERE tracked_seconds = 0
            UNION ALL
            SELECT c.source, c.external_id, c.ticket_team, c.service, c.type, 'comment', e.actor, e.occurred_at, {Number(effort.HoursPerComment)}
            FROM cap_ticket c
            JOIN ticket_events e ON e.source = c.source AND e.ticket_id = c.external_id
            JOIN cap_member_team mt ON mt.engineer = e.actor
            WHERE e.kind = 'comment' AND c.tracked_seconds = 0
            UNION ALL
            SELECT c.source, c.external_id, c.ticket_team, c.service, c.type, 'reassignment', e.actor, e.occurred_at, {Number(effort.HoursPerReassignment)}
            FROM cap_ticket c
            JOIN (SELECT *, row_number() OVER (PARTITION BY source, ticket_id, kind ORDER BY occurred_at, event_id) AS k
                  FROM ticket_events WHERE kind IN ('team_changed', 'assigned')) e
              ON e.source = c.source AND e.ticket_id = c.external_id
            WHERE (e.kind = 'team_changed' OR e.k > 1) AND c.tracked_seconds = 0
            UNION ALL
            SELECT source, external_id, ticket_team, service, type, 'tracked', assignee,
                   coalesce(resolved_at, started_at), tracked_seconds / 3600.0
            FROM cap_ticket WHERE tracked_seconds > 0;

            CREATE OR REPLACE TEMP TABLE cap_effort AS
            WITH lines AS (
                SELECT l.*, CAST(date_trunc('week', l.at) AS DATE) AS week_start,
                       mt.engineer AS member, coalesce(mt.team, l.ticket_team) AS charged_team
                FROM cap_lines l LEFT JOIN cap_member_team mt ON mt.engineer = l.actor
            )
            SELECT l.source, l.external_id AS ticket_id, l.ticket_team, l.service, l.type AS ticket_type, l.kind, l.hours,
                   l.week_start, l.charged_team AS team,
                   coalesce(l.member, rr.engineer) AS engineer,
                   coalesce(coalesce(l.member, rr.engineer) = rr.engineer, true) AS on_rotation
            FROM lines l
            LEFT JOIN cap_rotation rr ON rr.team = l.charged_team AND rr.week_start = l.week_start;
            """,
            cancellationToken: cancellationToken);
    }

    // Views take no parameters: the model's figures go in as literals (doubles, written back exactly).
    private static string Number(double value) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value:R}::DOUBLE");

    private static string Values(IReadOnlyDictionary<string, double> table) =>
        table.Count == 0
            ? "(''::VARCHAR, 0.0::DOUBLE)"
            : string.Join(", ", table.Select(kv => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"('{kv.Key.ToLowerInvariant().Replace("'", "''", StringComparison.Ordinal)}', {kv.Value:R}::DOUBLE)")));
}
