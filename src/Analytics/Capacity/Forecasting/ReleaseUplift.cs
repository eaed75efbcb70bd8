using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Capacity.Forecasting;

/// <summary>
/// Extra tickets expected in a week from releases whose three-week bug tail reaches it: for each such release,
/// its service's average excess per tail week over the releases whose tails had been seen by a given day.
/// </summary>
public sealed class ReleaseUplift(IReadOnlyList<ReleaseTail> tails)
{
    public double Tickets(DateOnly knownAt, TeamWeek target)
    {
        var active = tails.Where(t => t.Team == target.Team
                                      && t.ReleasedOn <= target.WeekStart.AddDays(6)
                                      && t.ReleasedOn.AddDays(7 * ReleaseTailQueries.TailWeeks) > target.WeekStart)
            .ToList();
        if (active.Count == 0)
        {
            return 0;
        }

        var perWeekByService = tails
            .Where(t => t.ObservedDays >= 7 && t.ReleasedOn.AddDays((int)Math.Min(t.ObservedDays, 7 * ReleaseTailQueries.TailWeeks)) <= knownAt)
            .GroupBy(t => t.Service)
            .ToDictionary(g => g.Key, g => g.Sum(t => t.ExcessTickets) / g.Sum(t => t.ObservedDays / 7.0));
        return active.Sum(t => perWeekByService.GetValueOrDefault(t.Service));
    }
}
