using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// The set work of an incremental capacity refresh, on the capacity computation's temporary tables (<c>cap_weeks</c>,
/// <c>cap_members</c>, <c>cap_effort</c> of the changed tickets, <c>cap_tt</c>, <c>cap_flow_counts</c>): which tickets
/// changed, which team-weeks they touch, and replacing their stored effort lines and rows.
/// </summary>
public static class CapacityRefreshQueries
{
    /// <summary>
    /// What every stored figure depends on besides the tickets: teams, members, rotation, absences, services and
    /// releases, with <paramref name="settings"/> (period, effort model, options). A different fingerprint means a full recompute.
    /// </summary>
    public static async Task<string> FingerprintAsync(DuckDBConnection connection, string settings, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<string>(
            """
            SELECT md5($settings
                || coalesce((SELECT string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR) FROM team_members x), '') || '#'
                || coalesce((SELECT string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR) FROM rotation x), '') || '#'
                || coalesce((SELECT string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR) FROM absences x), '') || '#'
                || coalesce((SELECT string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR) FROM services x), '') || '#'
                || coalesce((SELECT string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR) FROM releases x), ''))
            """, new { settings }, cancellationToken) ?? "";

    /// <summary>
    /// When the stored rows of every member team and every week of <c>cap_weeks</c> were last computed (history and
    /// forecast as now), or null when any is missing: then there is nothing to build on.
    /// </summary>
    public static Task<DateTime?> StoredSinceAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ScalarAsync<DateTime?>(
            """
            SELECT CASE WHEN count(*) = (SELECT count(*) FROM cap_weeks) * (SELECT count(DISTINCT team) FROM cap_members)
                         AND count(*) FILTER (WHERE c.forecast <> w.forecast) = 0
                        THEN min(c.computed_at) END
            FROM capacity_weeks c JOIN cap_weeks w ON w.week_start = c.week_start
            WHERE c.team IN (SELECT team FROM cap_members)
            """, cancellationToken: cancellationToken);

    /// <summary>
    /// Marks the tickets ingested since <paramref name="since"/> (deleted ones too) as <c>cap_changed</c>, and as
    /// <c>cap_scope</c> those plus every ticket with an effort line in a forecast week (those weeks are not stored as
    /// lines but their rows show the work already booked there); returns how many changed.
    /// </summary>
    public static async Task<long> MarkChangedAsync(DuckDBConnection connection, DateTime since, CancellationToken cancellationToken)
    {
        await connection.RunAsync(
            """
            CREATE OR REPLACE TEMP TABLE cap_changed AS SELECT source, external_id FROM tickets WHERE ingested_at >= $since;
            CREATE OR REPLACE TEMP TABLE cap_scope AS
            WITH f AS (SELECT CAST(min(week_start) AS TIMESTAMP) AS at FROM cap_weeks WHERE forecast)
            SELECT source, external_id FROM cap_changed
            UNION SELECT t.source, t.external_id FROM tickets t, f
                  WHERE t.created_at >= f.at OR t.first_response_at >= f.at OR t.resolved_at >= f.at
            UNION SELECT e.source, e.ticket_id FROM ticket_events e, f WHERE e.occurred_at >= f.at;
            """,
            new { since }, cancellationToken);
        return await connection.ScalarAsync<long>("SELECT count(*) FROM cap_changed", cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The observed team-weeks to recompute (<c>cap_touched</c>): where a changed ticket had or now has effort lines,
    /// where it now opens or resolves (its percentiles), and every week whose counts or backlog moved, which is where a
    /// ticket left (moved team, reopened, deleted) and every later week of its backlog. Returns how many.
    /// </summary>
    public static async Task<long> MarkTouchedAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        await connection.RunAsync(
            """
            CREATE OR REPLACE TEMP TABLE cap_touched AS
            WITH candidates AS (
                SELECT s.team, s.week_start FROM support_effort s JOIN cap_changed c ON c.source = s.source AND c.external_id = s.ticket_id
                UNION SELECT e.team, e.week_start FROM cap_effort e JOIN cap_changed c ON c.source = e.source AND c.external_id = e.ticket_id
                UNION SELECT tt.team, CAST(date_trunc('week', tt.created_at) AS DATE)
                      FROM cap_tt tt JOIN cap_changed c ON c.source = tt.source AND c.external_id = tt.external_id
                UNION SELECT tt.team, CAST(date_trunc('week', tt.resolved_at) AS DATE)
                      FROM cap_tt tt JOIN cap_changed c ON c.source = tt.source AND c.external_id = tt.external_id
                      WHERE tt.resolved_at IS NOT NULL
                UNION SELECT f.team, f.week_start
                      FROM cap_flow_counts f LEFT JOIN capacity_weeks s ON s.team = f.team AND s.week_start = f.week_start
                      WHERE s.team IS NULL OR f.opened <> s.tickets_opened OR f.resolved <> s.tickets_resolved OR f.backlog <> s.backlog
                         OR f.reopened <> s.reopened OR f.reassigned <> s.reassigned
            )
            SELECT DISTINCT k.team, k.week_start
            FROM candidates k JOIN cap_weeks w ON w.week_start = k.week_start AND NOT w.forecast
            WHERE k.team IN (SELECT team FROM cap_members)
            """, cancellationToken: cancellationToken);
        return await connection.ScalarAsync<long>("SELECT count(*) FROM cap_touched", cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Replaces the changed tickets' stored effort lines in the observed weeks with <c>cap_effort</c>'s, then gathers
    /// the stored lines of the touched team-weeks and the lines in forecast weeks as <c>cap_touched_effort</c> (what their rows are summed from).
    /// </summary>
    public static Task ReplaceLinesAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            DELETE FROM support_effort s USING cap_changed c
            WHERE s.source = c.source AND s.ticket_id = c.external_id
              AND s.week_start BETWEEN (SELECT min(week_start) FROM cap_weeks) AND (SELECT max(week_start) FROM cap_weeks);
            INSERT INTO support_effort
            SELECT e.team, e.week_start, e.engineer, e.on_rotation, e.kind, e.hours, e.source, e.ticket_id, e.ticket_team, e.service, e.ticket_type
            FROM cap_effort e JOIN cap_weeks w ON w.week_start = e.week_start AND NOT w.forecast
            WHERE EXISTS (SELECT 1 FROM cap_changed c WHERE c.source = e.source AND c.external_id = e.ticket_id);
            CREATE OR REPLACE TEMP TABLE cap_touched_effort AS
            SELECT s.team, s.week_start, s.engineer, s.on_rotation, s.hours
            FROM support_effort s
            WHERE EXISTS (SELECT 1 FROM cap_touched k WHERE k.team = s.team AND k.week_start = s.week_start)
            UNION ALL
            SELECT e.team, e.week_start, e.engineer, e.on_rotation, e.hours
            FROM cap_effort e JOIN cap_weeks w ON w.week_start = e.week_start AND w.forecast;
            """, cancellationToken: cancellationToken);

    /// <summary>The stored observed rows of the member teams in <c>cap_weeks</c>, oldest first per team.</summary>
    public static Task<IReadOnlyList<StoredTeamWeek>> HistoryAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<StoredTeamWeek>(
            """
            SELECT c.team AS Team, c.week_start AS WeekStart, c.iso_week AS Week, c.nominal_hours AS NominalHours,
                   c.rotation_hours AS RotationHours, c.rotation_engineer AS RotationEngineer, c.support_hours AS SupportHours,
                   c.absorbed_hours AS AbsorbedHours, c.leaked_hours AS LeakedHours, coalesce(c.overflow_hours, 0) AS OverflowHours,
                   coalesce(c.unserved_hours, 0) AS UnservedHours, c.effective_hours AS EffectiveHours,
                   c.tickets_opened AS TicketsOpened, c.tickets_resolved AS TicketsResolved, c.backlog AS Backlog,
                   c.ttfr_p50_hours AS FirstResponseP50Hours, c.ttfr_p90_hours AS FirstResponseP90Hours,
                   c.ttr_p50_hours AS ResolutionP50Hours, c.ttr_p90_hours AS ResolutionP90Hours,
                   c.reopened AS Reopened, c.reassigned AS Reassigned
            FROM capacity_weeks c JOIN cap_weeks w ON w.week_start = c.week_start AND NOT w.forecast
            WHERE c.team IN (SELECT team FROM cap_members)
            ORDER BY c.team, c.week_start
            """, cancellationToken: cancellationToken);

    /// <summary>
    /// Removes the rows about to be written again (touched team-weeks and every forecast week) and replaces the
    /// release tails with <c>cap_release_tail</c>; the caller appends the new rows in the same transaction.
    /// </summary>
    public static Task ClearTouchedAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            DELETE FROM capacity_weeks c
            WHERE c.team IN (SELECT team FROM cap_members)
              AND (c.week_start IN (SELECT week_start FROM cap_weeks WHERE forecast)
                   OR EXISTS (SELECT 1 FROM cap_touched k WHERE k.team = c.team AND k.week_start = c.week_start));
            DELETE FROM release_tails;
            INSERT INTO release_tails SELECT * EXCLUDE (observed_days) FROM cap_release_tail;
            """, cancellationToken: cancellationToken);

    /// <summary>Every stored row of the period is current as of <paramref name="computedAt"/>: readers take them as fresh.</summary>
    public static Task StampAsync(DuckDBConnection connection, DateTime computedAt, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            UPDATE capacity_weeks SET computed_at = $computedAt
            WHERE team IN (SELECT team FROM cap_members) AND week_start IN (SELECT week_start FROM cap_weeks)
            """, new { computedAt }, cancellationToken);
}

/// <summary>One stored observed team-week with every figure a forecast learns from.</summary>
public sealed record StoredTeamWeek(
    string Team, DateOnly WeekStart, string Week, double NominalHours, double RotationHours, string? RotationEngineer,
    double SupportHours, double AbsorbedHours, double LeakedHours, double OverflowHours, double UnservedHours, double EffectiveHours,
    long TicketsOpened, long TicketsResolved, long Backlog, double? FirstResponseP50Hours, double? FirstResponseP90Hours,
    double? ResolutionP50Hours, double? ResolutionP90Hours, long Reopened, long Reassigned);
