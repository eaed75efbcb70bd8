using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// The capacity computation's own reads and writes on its temporary tables (<c>cap_weeks</c>, <c>cap_members</c>,
/// <c>cap_rotation</c>, <c>cap_absence</c>, <c>cap_effort</c>, <c>cap_flow</c>, <c>cap_release_tail</c>): the team-week
/// figures, the breakdowns and outlook inputs, and storing a computed period. Rows whose shape belongs to the
/// computation are read as the caller's <c>T</c> (mapped by column alias).
/// </summary>
public static class CapacityComputationQueries
{
    /// <summary>Whether <paramref name="team"/> has members in <c>cap_members</c>.</summary>
    public static async Task<bool> HasTeamAsync(DuckDBConnection connection, string team, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>("SELECT count(*) FROM cap_members WHERE team = $team", new { team }, cancellationToken) != 0;

    /// <summary>Every team of <c>cap_members</c>, by name.</summary>
    public static Task<IReadOnlyList<string>> TeamsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<string>("SELECT DISTINCT team FROM cap_members ORDER BY team", cancellationToken: cancellationToken);

    /// <summary>
    /// Per team and week of <c>cap_weeks</c>: nominal, rotation and support hours (absorbed, leaked, overflow) and the
    /// ticket flow, as columns Team, WeekStart, Week, NominalHours, RotationHours, RotationEngineer, SupportHours,
    /// AbsorbedHours, LeakedHours, OverflowHours, TicketsOpened, TicketsResolved, Backlog, FirstResponseP50Hours,
    /// FirstResponseP90Hours, ResolutionP50Hours, ResolutionP90Hours, Reopened, Reassigned, Forecast.
    /// </summary>
    /// <param name="effort">The effort lines: this computation's <c>cap_effort</c>, or the stored lines of the touched team-weeks.</param>
    /// <param name="touchedOnly">Only the team-weeks in <c>cap_touched</c>, and the forecast weeks.</param>
    /// <param name="team">One team, or null for all.</param>
    /// <param name="buddyShare">The share of a buddy's week that goes to the rotation.</param>
    public static Task<IReadOnlyList<T>> TeamWeeksAsync<T>(
        DuckDBConnection connection, string effort, bool touchedOnly, string? team, double buddyShare, CancellationToken cancellationToken) =>
        connection.ListAsync<T>(
            $"""
            WITH available AS (
                SELECT w.week_start, m.team, m.engineer,
                       m.weekly_hours * (1 - least(coalesce(a.days_off, 0), 5) / 5.0) AS hours
                FROM cap_weeks w CROSS JOIN cap_members m
                LEFT JOIN cap_absence a ON a.engineer = m.engineer AND a.week_start = w.week_start
            ),
            nominal AS (
                SELECT week_start, team, sum(hours) AS nominal FROM available GROUP BY ALL
            ),
            -- A buddy pairing with a newcomer gives the rotation a share of their week.
            rotation_hours AS (
                SELECT r.week_start, r.team, r.engineer, coalesce(av.hours, 0) + $buddyShare * coalesce(bv.hours, 0) AS hours
                FROM cap_rotation r
                LEFT JOIN available av ON av.team = r.team AND av.engineer = r.engineer AND av.week_start = r.week_start
                LEFT JOIN available bv ON bv.team = r.team AND bv.engineer = r.buddy AND bv.week_start = r.week_start
            ),
            -- Nobody is charged more than they had that week; what an engineer was asked beyond it is overflow.
            asked AS (
                SELECT team, week_start, engineer, bool_or(on_rotation) AS on_rotation, sum(hours) AS hours
                FROM {effort} GROUP BY team, week_start, engineer
            ),
            charged AS (
                SELECT k.team, k.week_start, k.on_rotation, k.hours AS asked, least(k.hours, coalesce(av.hours, 0)) AS charged,
                       -- what the buddy did within their pairing share is the rotation's work, not a leak
                       CASE WHEN NOT k.on_rotation AND k.engineer = r.buddy THEN $buddyShare * coalesce(av.hours, 0) ELSE 0 END AS paired
                FROM asked k
                LEFT JOIN available av ON av.team = k.team AND av.engineer = k.engineer AND av.week_start = k.week_start
                LEFT JOIN cap_rotation r ON r.team = k.team AND r.week_start = k.week_start
            ),
            effort AS (
                SELECT team, week_start, sum(asked) AS support,
                       coalesce(sum(charged) FILTER (WHERE on_rotation), 0) + sum(least(charged, paired)) AS absorbed,
                       coalesce(sum(charged - least(charged, paired)) FILTER (WHERE NOT on_rotation), 0) AS leaked,
                       sum(asked - charged) AS overflow
                FROM charged GROUP BY ALL
            )
            SELECT n.team AS Team, n.week_start AS WeekStart, strftime(n.week_start, '%G-W%V') AS Week,
                   round(n.nominal, 2) AS NominalHours,
                   round(coalesce(r.hours, 0), 2) AS RotationHours, r.engineer AS RotationEngineer,
                   round(coalesce(e.support, 0), 2) AS SupportHours,
                   round(coalesce(e.absorbed, 0), 2) AS AbsorbedHours,
                   round(coalesce(e.leaked, 0), 2) AS LeakedHours,
                   round(coalesce(e.overflow, 0), 2) AS OverflowHours,
                   coalesce(f.opened, 0) AS TicketsOpened, coalesce(f.resolved, 0) AS TicketsResolved,
                   coalesce(f.backlog, 0) AS Backlog,
                   f.ttfr_p50 AS FirstResponseP50Hours, f.ttfr_p90 AS FirstResponseP90Hours,
                   f.ttr_p50 AS ResolutionP50Hours, f.ttr_p90 AS ResolutionP90Hours,
                   coalesce(f.reopened, 0) AS Reopened, coalesce(f.reassigned, 0) AS Reassigned,
                   w.forecast AS Forecast
            FROM nominal n
            JOIN cap_weeks w ON w.week_start = n.week_start
            LEFT JOIN rotation_hours r ON r.team = n.team AND r.week_start = n.week_start
            LEFT JOIN effort e ON e.team = n.team AND e.week_start = n.week_start
            LEFT JOIN cap_flow f ON f.team = n.team AND f.week_start = n.week_start
            WHERE ($team IS NULL OR n.team = $team)
              {(touchedOnly ? "AND (w.forecast OR EXISTS (SELECT 1 FROM cap_touched k WHERE k.team = n.team AND k.week_start = n.week_start))" : "")}
            ORDER BY n.team, n.week_start
            """, new { team, buddyShare }, cancellationToken);

    /// <summary>
    /// The release tails of <c>cap_release_tail</c>, by release day, as columns Service, Version, ReleasedOn, Team,
    /// Week0, Week1, Week2, BaselinePerWeek, ExcessTickets, SupportHours, ObservedDays.
    /// </summary>
    public static Task<IReadOnlyList<T>> ReleaseTailsAsync<T>(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<T>(
            """
            SELECT service AS Service, version AS Version, released_on AS ReleasedOn, team AS Team,
                   week0 AS Week0, week1 AS Week1, week2 AS Week2, baseline_per_week AS BaselinePerWeek,
                   excess AS ExcessTickets, hours AS SupportHours, observed_days AS ObservedDays
            FROM cap_release_tail ORDER BY released_on, service
            """, cancellationToken: cancellationToken);

    /// <summary>When the first ticket not deleted was created, or null when there is none.</summary>
    public static Task<DateTime?> FirstTicketAtAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ScalarAsync<DateTime?>("SELECT min(created_at) FROM tickets WHERE NOT deleted", cancellationToken: cancellationToken);

    /// <summary>Support hours in observed weeks from <paramref name="first"/> on charged to a team that is not in <c>cap_members</c>; null when none.</summary>
    public static Task<double?> UnownedHoursAsync(DuckDBConnection connection, DateOnly first, CancellationToken cancellationToken) =>
        connection.ScalarAsync<double?>(
            "SELECT sum(hours) FROM cap_effort e JOIN cap_weeks w USING (week_start) WHERE NOT w.forecast AND e.week_start >= $first AND e.team NOT IN (SELECT team FROM cap_members)",
            new { first = DuckDbDate.At(first) }, cancellationToken);

    /// <summary>
    /// Where each team's support hours in observed weeks from <paramref name="first"/> on went, by service, by ticket type
    /// and by engineer, as columns Team, Dimension (<c>service</c>, <c>type</c>, <c>engineer</c>), Key, Hours, Tickets.
    /// </summary>
    /// <param name="team">One team, or null for all.</param>
    public static Task<IReadOnlyList<T>> BreakdownAsync<T>(DuckDBConnection connection, string? team, DateOnly first, CancellationToken cancellationToken) =>
        connection.ListAsync<T>(
            """
            SELECT team AS Team,
                   CASE WHEN GROUPING(service) = 0 THEN 'service' WHEN GROUPING(ticket_type) = 0 THEN 'type' ELSE 'engineer' END AS Dimension,
                   coalesce(CASE WHEN GROUPING(service) = 0 THEN coalesce(service, '(no service)')
                                 WHEN GROUPING(ticket_type) = 0 THEN coalesce(ticket_type, '(no type)')
                                 ELSE coalesce(engineer, '(nobody)') END, '') AS Key,
                   round(sum(hours), 2) AS Hours, count(DISTINCT (e.source, e.ticket_id)) AS Tickets
            FROM cap_effort e
            JOIN cap_weeks w ON w.week_start = e.week_start AND NOT w.forecast
            WHERE ($team IS NULL OR e.team = $team) AND e.week_start >= $first
            GROUP BY GROUPING SETS ((team, service), (team, ticket_type), (team, engineer))
            ORDER BY Team, Dimension, Hours DESC
            """, new { team, first = DuckDbDate.At(first) }, cancellationToken);

    /// <summary>Each team's size, as columns Team, Engineers, HoursPerEngineer.</summary>
    public static Task<IReadOnlyList<T>> TeamSizesAsync<T>(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<T>(
            "SELECT team AS Team, count(*) AS Engineers, avg(weekly_hours) AS HoursPerEngineer FROM cap_members GROUP BY team ORDER BY team",
            cancellationToken: cancellationToken);

    /// <summary>Members' days off (at most five a week) in forecast weeks, as columns Team, Engineer, WeekStart, Days.</summary>
    public static Task<IReadOnlyList<T>> PlannedAbsencesAsync<T>(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<T>(
            """
            SELECT m.team AS Team, a.engineer AS Engineer, a.week_start AS WeekStart, least(a.days_off, 5) AS Days
            FROM cap_absence a JOIN cap_members m ON m.engineer = a.engineer JOIN cap_weeks w ON w.week_start = a.week_start AND w.forecast
            ORDER BY a.week_start, m.team, a.engineer
            """, cancellationToken: cancellationToken);

    /// <summary>
    /// Releases of services with an owning team after <paramref name="last"/> and before <paramref name="end"/>, as
    /// columns Team, Service, Version, ReleasedOn.
    /// </summary>
    public static Task<IReadOnlyList<T>> UpcomingReleasesAsync<T>(DuckDBConnection connection, DateOnly last, DateOnly end, CancellationToken cancellationToken) =>
        connection.ListAsync<T>(
            """
            SELECT s.team AS Team, r.service AS Service, r.version AS Version, r.released_on AS ReleasedOn
            FROM releases r JOIN services s ON s.service = r.service
            WHERE r.released_on > $last AND r.released_on < $end
            ORDER BY r.released_on, r.service
            """, new { last = DuckDbDate.At(last), end = DuckDbDate.At(end) },
            cancellationToken);

    /// <summary>
    /// Removes the stored rows and effort lines of the weeks of <c>cap_weeks</c> (of one team, or all when
    /// <paramref name="team"/> is null), stores <c>cap_effort</c>'s lines of the observed weeks and replaces the release
    /// tails with <c>cap_release_tail</c>; the caller appends the new rows (<see cref="AppendWeeks"/>) in the same transaction.
    /// </summary>
    public static Task ReplacePeriodAsync(DuckDBConnection connection, string? team, CancellationToken cancellationToken) =>
        // cap_weeks is one run of Mondays: a range reads the stored lines once instead of joining each to the calendar.
        connection.RunAsync(
            """
            DELETE FROM capacity_weeks
            WHERE week_start BETWEEN (SELECT min(week_start) FROM cap_weeks) AND (SELECT max(week_start) FROM cap_weeks)
              AND ($team IS NULL OR team = $team);
            DELETE FROM support_effort
            WHERE week_start BETWEEN (SELECT min(week_start) FROM cap_weeks) AND (SELECT max(week_start) FROM cap_weeks)
              AND ($team IS NULL OR team = $team);
            INSERT INTO support_effort
            SELECT e.team, e.week_start, e.engineer, e.on_rotation, e.kind, e.hours, e.source, e.ticket_id, e.ticket_team, e.service, e.ticket_type
            FROM cap_effort e JOIN cap_weeks w ON w.week_start = e.week_start AND NOT w.forecast
            WHERE $team IS NULL OR e.team = $team;
            DELETE FROM release_tails;
            INSERT INTO release_tails SELECT * EXCLUDE (observed_days) FROM cap_release_tail;
            """,
            new { team }, cancellationToken);

    /// <summary>
    /// Appends computed team-weeks to <c>capacity_weeks</c>, all with the same roster (<paramref name="derived"/>,
    /// <paramref name="note"/>) and computation time.
    /// </summary>
    public static void AppendWeeks(DuckDBConnection connection, IEnumerable<ComputedCapacityWeek> weeks, bool derived, string note, DateTime now)
    {
        using (var appender = connection.CreateAppender("capacity_weeks"))
        {
            foreach (var w in weeks)
            {
                appender.CreateRow()
                    .AppendValue(w.Team).AppendValue(w.WeekStart).AppendValue(w.Week)
                    .AppendValue(w.NominalHours).AppendValue(w.RotationHours).AppendValue(w.RotationEngineer)
                    .AppendValue(w.SupportHours).AppendValue(w.AbsorbedHours).AppendValue(w.LeakedHours).AppendValue(w.EffectiveHours)
                    .AppendValue(w.TicketsOpened).AppendValue(w.TicketsResolved).AppendValue(w.Backlog)
                    .AppendValue(w.FirstResponseP50Hours).AppendValue(w.FirstResponseP90Hours)
                    .AppendValue(w.ResolutionP50Hours).AppendValue(w.ResolutionP90Hours)
                    .AppendValue(w.Reopened).AppendValue(w.Reassigned)
                    .AppendValue(w.Forecast).AppendValue(w.EffectiveLow).AppendValue(w.EffectiveHigh)
                    .AppendValue(derived).AppendValue(now)
                    .AppendValue(w.OverflowHours).AppendValue(w.UnservedHours).AppendValue(note)
                    .AppendValue(w.ForecastMethod)
                    .EndRow();
            }
        }
    }
}
