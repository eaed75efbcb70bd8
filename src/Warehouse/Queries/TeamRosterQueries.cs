using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// Who is in each team, on rotation and away, week by week, as temporary tables for the capacity
/// queries: <c>cap_weeks</c>, <c>cap_members</c>, <c>cap_member_team</c>, <c>cap_rotation</c>, <c>cap_absence</c>.
/// Teams come from teams.yaml when loaded; otherwise they are derived from ticket ownership (team, service's
/// team, or product) with the people regularly assigned its tickets as members. Weeks missing from the rotation
/// file are filled round-robin (members by name), so forecast weeks always have a rotation engineer.
/// </summary>
public static class TeamRosterQueries
{
    /// <summary>
    /// Builds the tables for the weeks from <paramref name="firstWeek"/> up to before <paramref name="end"/> (Mondays),
    /// forecast after <paramref name="lastWeek"/>, and counts what they hold.
    /// </summary>
    /// <param name="minTickets">Derived teams only: how many of a team's tickets in the period make someone a member.</param>
    /// <param name="weeklyHours">Derived teams only: each member's hours a week.</param>
    public static async Task<RosterCounts> BuildAsync(
        DuckDBConnection connection, DateOnly firstWeek, DateOnly lastWeek, DateOnly end, int minTickets, double weeklyHours,
        CancellationToken cancellationToken)
    {
        await connection.RunAsync(
            """
            CREATE OR REPLACE TEMP TABLE cap_weeks AS
            SELECT CAST(r AS DATE) AS week_start, CAST(r AS DATE) > $last AS forecast
            FROM range(CAST($first AS TIMESTAMP), CAST($end AS TIMESTAMP), INTERVAL 7 DAY) t(r)
            """,
            new { first = DuckDbDate.At(firstWeek), last = DuckDbDate.At(lastWeek), end = DuckDbDate.At(end) }, cancellationToken);

        var configured = await connection.ScalarAsync<long>("SELECT count(*) FROM team_members", cancellationToken: cancellationToken) > 0;
        if (configured)
        {
            await connection.RunAsync(
                "CREATE OR REPLACE TEMP TABLE cap_members AS SELECT team, engineer, weekly_hours FROM team_members",
                cancellationToken: cancellationToken);
        }
        else
        {
            await connection.RunAsync(
                """
                CREATE OR REPLACE TEMP TABLE cap_members AS
                WITH owned AS (
                    SELECT coalesce(t.team, s.team, t.product) AS team, t.assignee AS engineer, count(*) AS n
                    FROM tickets t LEFT JOIN services s ON s.service = t.service
                    WHERE NOT t.deleted AND t.assignee IS NOT NULL
                      AND t.created_at >= $first AND t.created_at < $afterLast
                    GROUP BY ALL
                    HAVING count(*) >= $minTickets AND coalesce(t.team, s.team, t.product) IS NOT NULL
                )
                SELECT team, engineer, CAST($hours AS DOUBLE) AS weekly_hours FROM owned
                QUALIFY row_number() OVER (PARTITION BY engineer ORDER BY n DESC, team) = 1
                """,
                new
                {
                    first = DuckDbDate.At(firstWeek),
                    afterLast = DuckDbDate.At(lastWeek.AddDays(7)),
                    minTickets,
                    hours = weeklyHours,
                },
                cancellationToken);
        }

        await connection.RunAsync(
            """
            CREATE OR REPLACE TEMP TABLE cap_member_team AS
            SELECT engineer, min(team) AS team FROM cap_members GROUP BY engineer;

            CREATE OR REPLACE TEMP TABLE cap_rotation AS
            WITH numbered AS (
                SELECT team, engineer,
                       row_number() OVER (PARTITION BY team ORDER BY engineer) - 1 AS i,
                       count(*) OVER (PARTITION BY team) AS n
                FROM cap_members
            ),
            file_end AS (
                SELECT team, max(week_start) AS last_week FROM rotation GROUP BY team
            ),
            queue AS (
                -- After the file ends, whoever has been off rotation longest goes next.
                SELECT m.team, m.engineer,
                       row_number() OVER (PARTITION BY m.team ORDER BY max(f.week_start) NULLS FIRST, m.engineer) - 1 AS k,
                       any_value(m.n) AS n
                FROM numbered m LEFT JOIN rotation f ON f.team = m.team AND f.engineer = m.engineer
                GROUP BY m.team, m.engineer
            ),
            robin AS (
                SELECT w.week_start, m.team, m.engineer
                FROM cap_weeks w
                JOIN numbered m ON TRUE
                LEFT JOIN file_end e ON e.team = m.team
                WHERE (e.last_week IS NULL OR w.week_start <= e.last_week)
                  -- 2001-01-01 is a Monday: a fixed origin keeps the round-robin stable whatever the period.
                  AND m.i = (datediff('day', DATE '2001-01-01', w.week_start) // 7) % m.n
                UNION ALL
                SELECT w.week_start, q.team, q.engineer
                FROM cap_weeks w
                JOIN file_end e ON w.week_start > e.last_week
                JOIN queue q ON q.team = e.team AND q.k = (datediff('day', e.last_week, w.week_start) // 7 - 1) % q.n
            )
            SELECT r.week_start, r.team, coalesce(f.engineer, r.engineer) AS engineer, f.buddy AS buddy, f.engineer IS NOT NULL AS from_file
            FROM robin r LEFT JOIN rotation f ON f.team = r.team AND f.week_start = r.week_start;

            CREATE OR REPLACE TEMP TABLE cap_absence AS
            SELECT engineer, CAST(date_trunc('week', d) AS DATE) AS week_start, count(*) AS days_off
            FROM (SELECT engineer,
                         unnest(range(CAST(start_date AS TIMESTAMP), CAST(end_date AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 DAY)) AS d
                  FROM absences)
            WHERE isodow(d) <= 5
            GROUP BY ALL;
            """,
            cancellationToken: cancellationToken);

        var teams = await connection.ScalarAsync<long>("SELECT count(DISTINCT team) FROM cap_members", cancellationToken: cancellationToken);
        var members = await connection.ScalarAsync<long>("SELECT count(*) FROM cap_members", cancellationToken: cancellationToken);
        var fromFile = await connection.ScalarAsync<long>(
            "SELECT count(*) FROM cap_rotation r JOIN cap_weeks w USING (week_start) WHERE r.from_file", cancellationToken: cancellationToken);
        var fileRows = await connection.ScalarAsync<long>("SELECT count(*) FROM rotation", cancellationToken: cancellationToken);
        return new RosterCounts(configured, teams, members, fromFile, fileRows);
    }
}
