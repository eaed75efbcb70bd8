using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// What the rotation planner reads: configured members, absences, past rotation weeks, and each member's recent work
/// on the services their team's tickets hit most. Read-only.
/// </summary>
public static class RotationPlanQueries
{
    public static Task<IReadOnlyList<PlanMemberRow>> MembersAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<PlanMemberRow>(
            "SELECT team AS Team, engineer AS Engineer FROM team_members ORDER BY team, engineer", cancellationToken: cancellationToken);

    /// <summary>Each configured service and the team owning it.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ServiceTeamsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        (await connection.ListAsync<(string Service, string Team)>("SELECT service, team FROM services ORDER BY service", cancellationToken: cancellationToken))
        .ToDictionary(r => r.Service, r => r.Team, StringComparer.Ordinal);

    public static Task<IReadOnlyList<PlanAbsenceRow>> AbsencesAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<PlanAbsenceRow>(
            "SELECT engineer AS Engineer, start_date AS StartDate, end_date AS EndDate FROM absences ORDER BY engineer, start_date",
            cancellationToken: cancellationToken);

    public static Task<IReadOnlyList<PlanRotationRow>> HistoryAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<PlanRotationRow>(
            "SELECT week_start AS WeekStart, team AS Team, engineer AS Engineer, buddy AS Buddy FROM rotation ORDER BY week_start, team",
            cancellationToken: cancellationToken);

    /// <summary>
    /// For each team, its <paramref name="top"/> services by tickets created in the half year before
    /// <paramref name="asOf"/>, and each member's assigned tickets on them, each weighted by recency (half-life 13 weeks).
    /// </summary>
    public static Task<IReadOnlyList<PlanExpertiseRow>> ExpertiseAsync(
        DuckDBConnection connection, DateTime asOf, int top, CancellationToken cancellationToken) =>
        connection.ListAsync<PlanExpertiseRow>(
            """
            WITH recent AS (
                SELECT t.service, s.team, t.assignee, t.created_at
                FROM tickets t JOIN services s ON s.service = t.service
                WHERE NOT t.deleted AND t.created_at < $asOf AND t.created_at >= $asOf - INTERVAL 26 WEEK
            ),
            top_services AS (
                SELECT team, service, count(*) AS n FROM recent GROUP BY team, service
                QUALIFY row_number() OVER (PARTITION BY team ORDER BY count(*) DESC, service) <= $top
            )
            SELECT ts.team AS Team, ts.service AS Service, ts.n AS Tickets, m.engineer AS Engineer,
                   coalesce(sum(pow(0.5, date_diff('day', r.created_at, $asOf) / 91.0)), 0) AS Score
            FROM top_services ts
            JOIN team_members m ON m.team = ts.team
            LEFT JOIN recent r ON r.team = ts.team AND r.service = ts.service AND r.assignee = m.engineer
            GROUP BY ts.team, ts.service, ts.n, m.engineer
            ORDER BY ts.team, ts.n DESC, ts.service, m.engineer
            """, new { asOf, top }, cancellationToken);

    /// <summary>Stores planned weeks as the rotation, replacing what was there for the same team and week.</summary>
    public static async Task StoreAsync(DuckDBConnection connection, IReadOnlyList<PlanRotationRow> weeks, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var w in weeks)
        {
            await connection.RunAsync(
                "INSERT OR REPLACE INTO rotation (week_start, team, engineer, buddy) VALUES ($week, $team, $engineer, $buddy)",
                new { week = w.WeekStart.ToDateTime(TimeOnly.MinValue), team = w.Team, engineer = w.Engineer, buddy = w.Buddy }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

public sealed record PlanMemberRow(string Team, string Engineer);

public sealed record PlanAbsenceRow(string Engineer, DateOnly StartDate, DateOnly EndDate);

public sealed record PlanRotationRow(DateOnly WeekStart, string Team, string Engineer, string? Buddy);

public sealed record PlanExpertiseRow(string Team, string Service, long Tickets, string Engineer, double Score);
