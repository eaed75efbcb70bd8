using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// Per team and week (<c>cap_flow</c>): tickets opened and resolved, backlog at the end of the week, median and
/// 90th-percentile hours to first response (tickets opened that week) and to resolution (tickets resolved that
/// week), reopened tickets and reassignments between teams. A ticket's team is its team field, else its
/// service's owner, else its product. The counts (<c>cap_flow_counts</c>) are cheap and always cover every week;
/// the percentiles, which need every ticket of a week, can be limited to the team-weeks in <c>cap_touched</c>.
/// </summary>
public static class TicketFlowQueries
{
    public static async Task BuildAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        await BuildCountsAsync(connection, cancellationToken);
        await BuildPercentilesAsync(connection, touchedOnly: false, cancellationToken);
    }

    public static Task BuildCountsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            CREATE OR REPLACE TEMP VIEW cap_tt AS
            SELECT t.source, t.external_id, coalesce(t.team, s.team, t.product, 'Unowned') AS team,
                   t.created_at, t.first_response_at, t.resolved_at
            FROM tickets t LEFT JOIN services s ON s.service = t.service
            WHERE NOT t.deleted;

            CREATE OR REPLACE TEMP TABLE cap_flow_counts AS
            WITH opened AS (
                SELECT team, CAST(date_trunc('week', created_at) AS DATE) AS week_start, count(*) AS opened
                FROM cap_tt GROUP BY ALL
            ),
            resolved AS (
                SELECT team, CAST(date_trunc('week', resolved_at) AS DATE) AS week_start, count(*) AS resolved
                FROM cap_tt WHERE resolved_at IS NOT NULL GROUP BY ALL
            ),
            changes AS (
                SELECT tt.team, CAST(date_trunc('week', e.occurred_at) AS DATE) AS week_start,
                       count(*) FILTER (WHERE e.kind = 'reopened') AS reopened,
                       count(*) FILTER (WHERE e.kind = 'team_changed') AS reassigned
                FROM ticket_events e JOIN cap_tt tt ON tt.source = e.source AND tt.external_id = e.ticket_id
                WHERE e.kind IN ('reopened', 'team_changed')
                GROUP BY ALL
            ),
            activity AS (
                SELECT team, week_start FROM opened UNION SELECT team, week_start FROM resolved
            ),
            running AS (
                -- Backlog = everything opened so far minus everything resolved so far, from the first ticket on.
                SELECT a.team, a.week_start,
                       CAST(sum(coalesce(o.opened, 0) - coalesce(r.resolved, 0))
                           OVER (PARTITION BY a.team ORDER BY a.week_start) AS BIGINT) AS backlog
                FROM activity a
                LEFT JOIN opened o USING (team, week_start)
                LEFT JOIN resolved r USING (team, week_start)
            )
            SELECT w.week_start, teams.team,
                   coalesce(o.opened, 0) AS opened, coalesce(r.resolved, 0) AS resolved,
                   coalesce(b.backlog, 0) AS backlog,
                   coalesce(c.reopened, 0) AS reopened, coalesce(c.reassigned, 0) AS reassigned
            FROM cap_weeks w
            CROSS JOIN (SELECT DISTINCT team FROM cap_members UNION SELECT DISTINCT team FROM opened) teams
            LEFT JOIN opened o ON o.team = teams.team AND o.week_start = w.week_start
            LEFT JOIN resolved r ON r.team = teams.team AND r.week_start = w.week_start
            LEFT JOIN changes c ON c.team = teams.team AND c.week_start = w.week_start
            ASOF LEFT JOIN running b ON b.team = teams.team AND b.week_start <= w.week_start
            """,
            cancellationToken: cancellationToken);

    /// <param name="touchedOnly">Only the team-weeks in <c>cap_touched</c> (team, week_start) and the forecast weeks get percentiles.</param>
    public static Task BuildPercentilesAsync(DuckDBConnection connection, bool touchedOnly, CancellationToken cancellationToken) =>
        connection.RunAsync(
            $"""
            CREATE OR REPLACE TEMP TABLE cap_flow AS
            WITH weekly AS (
                SELECT team, created_at, first_response_at, resolved_at,
                       CAST(date_trunc('week', created_at) AS DATE) AS opened_week,
                       CAST(date_trunc('week', resolved_at) AS DATE) AS resolved_week
                FROM cap_tt
            ),
            opened AS (
                SELECT team, opened_week AS week_start,
                       quantile_cont(epoch(first_response_at - created_at) / 3600.0, 0.5) AS ttfr_p50,
                       quantile_cont(epoch(first_response_at - created_at) / 3600.0, 0.9) AS ttfr_p90
                FROM weekly w
                {(touchedOnly ? "WHERE (EXISTS (SELECT 1 FROM cap_touched k WHERE k.team = w.team AND k.week_start = w.opened_week) OR w.opened_week IN (SELECT week_start FROM cap_weeks WHERE forecast))" : "")}
                GROUP BY ALL
            ),
            resolved AS (
                SELECT team, resolved_week AS week_start,
                       quantile_cont(epoch(resolved_at - created_at) / 3600.0, 0.5) AS ttr_p50,
                       quantile_cont(epoch(resolved_at - created_at) / 3600.0, 0.9) AS ttr_p90
                FROM weekly w
                WHERE resolved_at IS NOT NULL
                {(touchedOnly ? "AND (EXISTS (SELECT 1 FROM cap_touched k WHERE k.team = w.team AND k.week_start = w.resolved_week) OR w.resolved_week IN (SELECT week_start FROM cap_weeks WHERE forecast))" : "")}
                GROUP BY ALL
            )
            SELECT f.week_start, f.team, f.opened, f.resolved, f.backlog,
                   o.ttfr_p50, o.ttfr_p90, r.ttr_p50, r.ttr_p90, f.reopened, f.reassigned
            FROM cap_flow_counts f
            LEFT JOIN opened o ON o.team = f.team AND o.week_start = f.week_start
            LEFT JOIN resolved r ON r.team = f.team AND r.week_start = f.week_start
            """,
            cancellationToken: cancellationToken);
}
