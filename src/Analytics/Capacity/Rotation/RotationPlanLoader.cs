using DuckDB.NET.Data;
using Reporting.Warehouse;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Capacity.Rotation;

/// <summary>Reads what the planner needs from the warehouse; the configured teams (teams.yaml) are required.</summary>
public static class RotationPlanLoader
{
    private const int TopServices = 3;

    public static async Task<RotationPlanInput> LoadAsync(
        DuckDBConnection connection, IsoWeek from, IReadOnlyList<RotationGroup> groups, CancellationToken cancellationToken)
    {
        var members = await RotationPlanQueries.MembersAsync(connection, cancellationToken);
        if (members.Count == 0)
        {
            throw new UserInputException("No team members are configured: load teams.yaml first (`reporting setup propose` drafts one).");
        }

        var expertise = await RotationPlanQueries.ExpertiseAsync(connection, from.StartUtc, TopServices, cancellationToken);
        var teams = members.GroupBy(m => m.Team, StringComparer.Ordinal).Select(g =>
        {
            var rows = expertise.Where(e => e.Team == g.Key).ToList();
            return new PlanTeam(
                g.Key,
                g.Select(m => m.Engineer).ToList(),
                rows.Select(r => r.Service).Distinct(StringComparer.Ordinal).ToList(),
                rows.GroupBy(r => r.Engineer, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Sum(r => r.Score), StringComparer.Ordinal));
        }).ToList();
        var absences = (await RotationPlanQueries.AbsencesAsync(connection, cancellationToken))
            .Select(a => new PlanAbsence(a.Engineer, a.StartDate, a.EndDate)).ToList();
        var history = (await RotationPlanQueries.HistoryAsync(connection, cancellationToken))
            .Select(r => new PastRotation(IsoWeek.Of(r.WeekStart), r.Team, r.Engineer)).ToList();
        var pools = groups.Count == 0
            ? teams
            : RotationPools.Combine(teams, await RotationPlanQueries.ServiceTeamsAsync(connection, cancellationToken), groups);
        return new RotationPlanInput(pools, absences, history);
    }
}
