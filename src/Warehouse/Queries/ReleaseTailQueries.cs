using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// The "shipped and moved on" cost: bug and incident tickets of a service in the three weeks after each of its
/// releases (a ticket belongs to the latest release of its service before it), against the service's weekly
/// baseline over the four weeks before the release, with the support hours those tickets took. The excess compares
/// only the days the tail was observed: a tail cut short by the next release or by the end of the data is not
/// charged for baseline weeks it never had.
/// </summary>
public static class ReleaseTailQueries
{
    public const int TailWeeks = 3;
    public const int BaselineWeeks = 4;

    public static Task BuildAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        BuildAsync(connection, "cap_effort", cancellationToken);

    /// <param name="effort">Where the hours per ticket line are: this computation's <c>cap_effort</c>, or the stored
    /// <c>support_effort</c> after an incremental refresh replaced the changed tickets' lines.</param>
    public static Task BuildAsync(DuckDBConnection connection, string effort, CancellationToken cancellationToken) =>
        connection.RunAsync(
            $"""
            CREATE OR REPLACE TEMP TABLE cap_release_tail AS
            WITH bugs AS (
                SELECT t.source, t.external_id, t.service, t.created_at
                FROM tickets t
                WHERE NOT t.deleted AND t.service IS NOT NULL
                  AND (t.type IS NULL OR lower(t.type) IN ('bug', 'incident'))
            ),
            rel AS (
                SELECT r.service, r.version, r.released_on, CAST(r.released_on AS TIMESTAMP) AS released_at, s.team,
                       lead(CAST(r.released_on AS TIMESTAMP)) OVER (PARTITION BY r.service ORDER BY r.released_on) AS next_release_at
                FROM releases r LEFT JOIN services s ON s.service = r.service
            ),
            data_end AS (
                SELECT max(created_at) AS last_ticket_at FROM tickets WHERE NOT deleted
            ),
            observed AS (
                -- A tail is only compared with the baseline for the days it could be seen: until the next release of the
                -- service took the tickets over, or until the data ends.
                SELECT rel.service, rel.version,
                       greatest(0, least(21,
                           datediff('day', rel.released_at, coalesce(rel.next_release_at, rel.released_at + INTERVAL 21 DAY)),
                           datediff('day', rel.released_at, data_end.last_ticket_at) + 1)) AS days
                FROM rel, data_end
            ),
            attributed AS (
                SELECT b.*, rel.version, rel.released_on,
                       datediff('day', rel.released_at, b.created_at) // 7 AS week_after
                FROM bugs b ASOF JOIN rel ON rel.service = b.service AND rel.released_at <= b.created_at
            ),
            tail AS (
                SELECT service, version,
                       count(*) FILTER (WHERE week_after = 0) AS week0,
                       count(*) FILTER (WHERE week_after = 1) AS week1,
                       count(*) FILTER (WHERE week_after = 2) AS week2
                FROM attributed WHERE week_after < 3 GROUP BY ALL
            ),
            baseline AS (
                SELECT rel.service, rel.version, count(b.external_id) / 4.0 AS per_week
                FROM rel LEFT JOIN bugs b
                  ON b.service = rel.service
                 AND b.created_at >= rel.released_at - INTERVAL 28 DAY AND b.created_at < rel.released_at
                GROUP BY ALL
            ),
            hours AS (
                SELECT a.service, a.version, sum(e.hours) AS hours
                FROM attributed a JOIN {effort} e ON e.source = a.source AND e.ticket_id = a.external_id
                WHERE a.week_after < 3 GROUP BY ALL
            )
            SELECT rel.service, rel.version, rel.released_on, rel.team,
                   coalesce(t.week0, 0) AS week0, coalesce(t.week1, 0) AS week1, coalesce(t.week2, 0) AS week2,
                   coalesce(b.per_week, 0) AS baseline_per_week,
                   greatest(0, coalesce(t.week0, 0) + coalesce(t.week1, 0) + coalesce(t.week2, 0)
                               - coalesce(b.per_week, 0) * o.days / 7.0) AS excess,
                   coalesce(h.hours, 0) AS hours,
                   o.days AS observed_days
            FROM rel
            JOIN observed o USING (service, version)
            LEFT JOIN tail t USING (service, version)
            LEFT JOIN baseline b USING (service, version)
            LEFT JOIN hours h USING (service, version)
            """,
            cancellationToken: cancellationToken);
}
