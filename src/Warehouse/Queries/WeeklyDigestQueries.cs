using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// The weekly digest's figures for a product manager's teams (<c>teams</c>: team names joined by U+001F): tickets that
/// bounced between teams, the median resolution, recurring groups by impact, and response and resolution times per week.
/// A ticket's team is its own, else its service's, else its product, else "Unowned".
/// </summary>
public static class WeeklyDigestQueries
{
    public static Task<IReadOnlyList<string>> TeamsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<string>("SELECT team FROM teams ORDER BY team", cancellationToken: cancellationToken);

    /// <summary>Tickets moved from or to one of the teams between <paramref name="start"/> and <paramref name="end"/>, in order.</summary>
    public static Task<IReadOnlyList<BouncedTicketRow>> BouncedAsync(
        DuckDBConnection connection, DateTime start, DateTime end, string teams, CancellationToken cancellationToken) =>
        connection.ListAsync<BouncedTicketRow>(
            """
            SELECT e.ticket_id AS TicketId, t.subject AS Subject,
                   split_part(e.detail, '>', 1) AS FromTeam, split_part(e.detail, '>', 2) AS ToTeam, e.occurred_at AS At
            FROM ticket_events e JOIN tickets t ON t.source = e.source AND t.external_id = e.ticket_id
            WHERE e.kind = 'team_changed' AND e.occurred_at >= $start AND e.occurred_at < $end
              AND (list_contains(string_split($teams, chr(31)), split_part(e.detail, '>', 1))
                   OR list_contains(string_split($teams, chr(31)), split_part(e.detail, '>', 2)))
            ORDER BY e.occurred_at
            """, new { start, end, teams }, cancellationToken);

    /// <summary>The median hours from creation to resolution of the teams' tickets resolved in the span; null when none was.</summary>
    public static Task<double?> MedianResolutionHoursAsync(
        DuckDBConnection connection, DateTime start, DateTime end, string teams, CancellationToken cancellationToken) =>
        connection.ScalarAsync<double?>(
            """
            SELECT quantile_cont(epoch(t.resolved_at - t.created_at) / 3600.0, 0.5)
            FROM tickets t LEFT JOIN services s ON s.service = t.service
            WHERE NOT t.deleted AND t.resolved_at >= $start AND t.resolved_at < $end
              AND list_contains(string_split($teams, chr(31)), coalesce(t.team, s.team, t.product, 'Unowned'))
            """, new { start, end, teams }, cancellationToken);

    /// <summary>
    /// The teams' ten recurring groups with tickets this week or last, by tickets this week, customers, then growth (since
    /// <paramref name="recent"/> against the span from <paramref name="before"/>); null when no groups were computed yet.
    /// </summary>
    public static async Task<IReadOnlyList<DigestGroupRow>?> RecurringGroupsAsync(
        DuckDBConnection connection, DateTime start, DateTime end, DateTime previous, DateTime recent, DateTime before, string teams,
        CancellationToken cancellationToken)
    {
        if (!await connection.TableExistsAsync("recurring_groups", cancellationToken)
            || await connection.ScalarAsync<long>("SELECT count(*) FROM recurring_groups", cancellationToken: cancellationToken) == 0)
        {
            return null;
        }

        return await connection.ListAsync<DigestGroupRow>(
            """
            WITH counted AS (
                SELECT g.group_id AS GroupId, g.label AS Label, g.state AS State, g.team AS Team, g.tickets AS Tickets, g.customers AS Customers,
                       count(*) FILTER (WHERE t.created_at >= $start AND t.created_at < $end) AS ThisWeek,
                       count(*) FILTER (WHERE t.created_at >= $previous AND t.created_at < $start) AS LastWeek,
                       count(*) FILTER (WHERE t.created_at >= $recent AND t.created_at < $end) AS Recent,
                       count(*) FILTER (WHERE t.created_at >= $before AND t.created_at < $recent) AS Previous,
                       string_agg(m.ticket_id, ' ' ORDER BY t.created_at DESC) FILTER (WHERE t.created_at < $end) AS Examples
                FROM recurring_groups g
                JOIN recurring_group_members m ON m.group_id = g.group_id
                JOIN tickets t ON t.source = m.source AND t.external_id = m.ticket_id
                WHERE list_contains(string_split($teams, chr(31)), g.team)
                GROUP BY g.group_id, g.label, g.state, g.team, g.tickets, g.customers
            )
            SELECT * FROM counted
            WHERE ThisWeek + LastWeek > 0
            ORDER BY ThisWeek DESC, Customers DESC, Recent - Previous DESC, GroupId
            LIMIT 10
            """,
            new { start, end, previous, teams, recent, before },
            cancellationToken);
    }

    /// <summary>Per week from <paramref name="from"/>, the 50th and 90th percentiles of first-response and resolution hours.</summary>
    public static Task<IReadOnlyList<WeeklyTimesRow>> TimesAsync(
        DuckDBConnection connection, DateTime from, DateTime end, string teams, CancellationToken cancellationToken) =>
        connection.ListAsync<WeeklyTimesRow>(
            """
            WITH tt AS (
                SELECT t.created_at, t.first_response_at, t.resolved_at
                FROM tickets t LEFT JOIN services s ON s.service = t.service
                WHERE NOT t.deleted AND list_contains(string_split($teams, chr(31)), coalesce(t.team, s.team, t.product, 'Unowned'))
            ),
            weeks AS (SELECT CAST(r AS DATE) AS week_start FROM range(CAST($from AS TIMESTAMP), CAST($end AS TIMESTAMP), INTERVAL 7 DAY) t(r)),
            response AS (
                SELECT CAST(date_trunc('week', created_at) AS DATE) AS week_start,
                       quantile_cont(epoch(first_response_at - created_at) / 3600.0, 0.5) AS p50,
                       quantile_cont(epoch(first_response_at - created_at) / 3600.0, 0.9) AS p90
                FROM tt WHERE created_at >= $from AND created_at < $end GROUP BY ALL
            ),
            resolution AS (
                SELECT CAST(date_trunc('week', resolved_at) AS DATE) AS week_start,
                       quantile_cont(epoch(resolved_at - created_at) / 3600.0, 0.5) AS p50,
                       quantile_cont(epoch(resolved_at - created_at) / 3600.0, 0.9) AS p90
                FROM tt WHERE resolved_at >= $from AND resolved_at < $end GROUP BY ALL
            )
            SELECT w.week_start AS WeekStart, f.p50 AS FirstResponseP50, f.p90 AS FirstResponseP90, r.p50 AS ResolutionP50, r.p90 AS ResolutionP90
            FROM weeks w LEFT JOIN response f USING (week_start) LEFT JOIN resolution r USING (week_start)
            ORDER BY w.week_start
            """,
            new { teams, from, end }, cancellationToken);
}

public sealed record BouncedTicketRow(string TicketId, string Subject, string FromTeam, string ToTeam, DateTime At);

public sealed record WeeklyTimesRow(DateOnly WeekStart, double? FirstResponseP50, double? FirstResponseP90, double? ResolutionP50, double? ResolutionP90);

public sealed record DigestGroupRow(
    string GroupId, string Label, string State, string? Team, long Tickets, long Customers, long ThisWeek, long LastWeek, long Recent, long Previous,
    string? Examples);
