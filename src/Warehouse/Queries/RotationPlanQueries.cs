using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// What the rotation planner reads (configured members, absences, past rotation weeks; expertise comes from the
/// expertise map), and where an applied plan is stored.
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

