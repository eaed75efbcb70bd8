using DuckDB.NET.Data;
using Reporting.Analytics.Expertise;
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

        // The expertise map's rule (assigned and commented tickets, recency-weighted) over the half year before the plan.
        var map = await ExpertiseMap.LoadAsync(
            connection, from.Monday.AddDays(-7 * ExpertiseMap.DefaultWeeks), from.Monday.AddDays(-1), null, cancellationToken);
        var teams = members.GroupBy(m => m.Team, StringComparer.Ordinal).Select(g =>
        {
            var top = map.Where(s => s.Team == g.Key)
                .OrderByDescending(s => s.Tickets).ThenBy(s => s.Service, StringComparer.Ordinal)
                .Take(TopServices).ToList();
            var engineers = g.Select(m => m.Engineer).ToList();
            return new PlanTeam(
                g.Key,
                engineers,
                top.Select(s => s.Service).ToList(),
                engineers.ToDictionary(
                    e => e,
                    e => top.Sum(s => s.People.Where(p => p.Person == e).Sum(p => p.Score)),
                    StringComparer.Ordinal));
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
