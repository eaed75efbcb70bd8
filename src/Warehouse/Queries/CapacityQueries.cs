using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>Reading capacity figures stored by the last computation, when nothing was ingested since.</summary>
public static class CapacityQueries
{
    /// <summary>
    /// One team's stored weeks from <paramref name="first"/> to <paramref name="last"/> (Mondays), computed after the
    /// last ingest run ended; only when every week is there, as history up to <paramref name="lastObserved"/> and as
    /// forecast after it. Null otherwise: the caller computes.
    /// </summary>
    public static async Task<IReadOnlyList<StoredCapacityWeek>?> FreshAsync(
        DuckDBConnection connection, string team, DateOnly first, DateOnly lastObserved, DateOnly last, CancellationToken cancellationToken)
    {
        var rows = await connection.ListAsync<StoredCapacityWeek>(
            """
            SELECT team AS Team, week_start AS WeekStart, iso_week AS Week, nominal_hours AS NominalHours, rotation_hours AS RotationHours,
                   rotation_engineer AS RotationEngineer, support_hours AS SupportHours, absorbed_hours AS AbsorbedHours,
                   leaked_hours AS LeakedHours, coalesce(overflow_hours, 0) AS OverflowHours, coalesce(unserved_hours, 0) AS UnservedHours,
                   effective_hours AS EffectiveHours, tickets_opened AS TicketsOpened, tickets_resolved AS TicketsResolved, backlog AS Backlog,
                   forecast AS Forecast, effective_low AS EffectiveLow, effective_high AS EffectiveHigh, roster_note AS RosterNote, forecast_method AS ForecastMethod,
                   computed_at AS ComputedAt
            FROM capacity_weeks
            WHERE team = $team AND week_start BETWEEN $first AND $last
              AND computed_at >= (SELECT coalesce(max(coalesce(finished_at, started_at)), TIMESTAMP '1970-01-01') FROM ingest_runs)
            ORDER BY week_start
            """,
            new { team, first = DuckDbDate.At(first), last = DuckDbDate.At(last) }, cancellationToken);
        var expected = (last.DayNumber - first.DayNumber) / 7 + 1;
        return rows.Count == expected
               && rows.All(r => r.RosterNote is not null && r.Forecast == (r.WeekStart > lastObserved))
            ? rows
            : null;
    }

    /// <summary>
    /// What any capacity answer depends on, read in one small query: the ingest runs (new tickets, company files) and
    /// the last stored computation. An answer given under the same stamp is still the answer.
    /// </summary>
    public static async Task<CapacityStamp> StampAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        (await connection.ListAsync<CapacityStamp>(
            """
            SELECT (SELECT count(*) FROM ingest_runs) AS Runs,
                   (SELECT max(coalesce(finished_at, started_at)) FROM ingest_runs) AS LastRunAt,
                   (SELECT max(computed_at) FROM capacity_weeks) AS LastComputedAt
            """, cancellationToken: cancellationToken))[0];

}

/// <summary>One stored team-week of <c>capacity_weeks</c>.</summary>
public sealed record StoredCapacityWeek(
    string Team, DateOnly WeekStart, string Week, double NominalHours, double RotationHours, string? RotationEngineer,
    double SupportHours, double AbsorbedHours, double LeakedHours, double OverflowHours, double UnservedHours, double EffectiveHours,
    long TicketsOpened, long TicketsResolved, long Backlog, bool Forecast, double? EffectiveLow, double? EffectiveHigh,
    string? RosterNote, string? ForecastMethod, DateTime ComputedAt);

/// <summary>See <see cref="CapacityQueries.StampAsync"/>.</summary>
public sealed record CapacityStamp(long Runs, DateTime? LastRunAt, DateTime? LastComputedAt);
