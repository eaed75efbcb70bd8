using Reporting.Analytics.Capacity.Forecasting;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Capacity.Outlook;

/// <summary>Puts together each team's <see cref="TeamOutlook"/> from a capacity result (with its forecast weeks) and the growing recurring bugs.</summary>
public static class NextTwoWeeks
{
    public static IReadOnlyList<TeamOutlook> Build(CapacityResult capacity, IReadOnlyList<StoredTeamGroup> growing, IReadOnlySet<string>? teams = null)
    {
        var uplift = new ReleaseUplift(capacity.ReleaseTails);
        return capacity.Weeks.GroupBy(w => w.Team)
            .Where(g => teams is null || teams.Contains(g.Key))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var forecast = g.Where(w => w.Forecast).OrderBy(w => w.WeekStart).Take(2).ToList();
                var last = g.Where(w => !w.Forecast).MaxBy(w => w.WeekStart);
                var first = forecast.FirstOrDefault()?.WeekStart ?? DateOnly.MaxValue;
                var end = forecast.LastOrDefault()?.WeekStart.AddDays(6) ?? DateOnly.MinValue;
                var knownAt = last?.WeekStart.AddDays(6) ?? first;
                return new TeamOutlook(
                    g.Key,
                    capacity.TeamSizes.FirstOrDefault(s => s.Team == g.Key) ?? new TeamSize(g.Key, 0, 0),
                    forecast,
                    last)
                {
                    Absences = capacity.PlannedAbsences.Where(a => a.Team == g.Key && a.WeekStart >= first && a.WeekStart <= end).ToList(),
                    Releases = capacity.UpcomingReleases.Where(r => r.Team == g.Key && r.ReleasedOn >= first && r.ReleasedOn <= end).ToList(),
                    RecentReleases = capacity.ReleaseTails
                        .Where(t => t.Team == g.Key && t.ReleasedOn < first && t.ReleasedOn.AddDays(7 * ReleaseTailQueries.TailWeeks) > first)
                        .ToList(),
                    ReleaseUpliftTickets = Math.Round(forecast.Sum(w => uplift.Tickets(knownAt, w)), 1),
                    GrowingGroups = growing.Where(x => x.Team == g.Key).OrderByDescending(x => x.Tickets).ToList(),
                    Accuracy = capacity.Accuracy.FirstOrDefault(a => a.Team == g.Key && a.HorizonWeeks == 1),
                };
            })
            .ToList();
    }
}
