using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Outlook;
using Reporting.Reports.Outlook;
using Reporting.Warehouse;

namespace Reporting.Host.Application.Capacity;

/// <summary>
/// Every team's capacity as <c>reporting capacity --json</c> gives it for the default period (the twelve weeks to the
/// newest ticket, two forecast weeks), with each team's outlook for the next two weeks.
/// </summary>
public sealed record CapacityOverview(ReportingPeriod Period, CapacityResult Result, IReadOnlyList<TeamOutlook> Teams)
{
    /// <summary>The Mondays of the forecast weeks the outlook covers (at most two).</summary>
    public IReadOnlyList<DateOnly> PlanningWeeks => NextTwoWeeksSection.PlanningWeeks(Teams);

    /// <summary>The weeks as the CLI's JSON and the API print them.</summary>
    public IEnumerable<CapacityWeekJson> Weeks => Result.Weeks.Select(CapacityWeekJson.From);

    public TeamOutlook Team(string team) =>
        Teams.FirstOrDefault(t => t.Team == team)
        ?? throw new NotFoundException(Teams.Count == 0
            ? $"There is no team '{team}': the warehouse has no teams yet."
            : $"There is no team '{team}'. Teams: {string.Join(", ", Teams.Select(t => t.Team))}.");

    /// <summary>One team's weeks, history then forecast.</summary>
    public IReadOnlyList<TeamWeek> TeamWeeks(string team) => Result.Weeks.Where(w => w.Team == team).OrderBy(w => w.WeekStart).ToList();
}
