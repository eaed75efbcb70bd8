using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Recurring;

/// <summary>Tickets per week for the sparklines: a fixed run of weeks ending with the week shown, zero where a group had none.</summary>
internal static class WeeklyTickets
{
    public const int Weeks = 12;

    public static IsoWeek First(IsoWeek last) => last.AddWeeks(-(Weeks - 1));

    public static IReadOnlyList<long> Of(IEnumerable<GroupWeek> weeks, IsoWeek last)
    {
        var first = First(last);
        var counts = new long[Weeks];
        foreach (var week in weeks)
        {
            var index = first.WeeksUntil(IsoWeek.Of(week.WeekStart));
            if (index is >= 0 and < Weeks)
            {
                counts[index] += week.Tickets;
            }
        }

        return counts;
    }
}
