namespace Reporting.Samples;

/// <summary>
/// How busy support is over time: Monday peak, quiet weekends (about 30% of a weekday), slow growth over the
/// period, a summer dip around early August, and a business-hours curve in the customer's local time.
/// </summary>
internal static class TrafficShape
{
    // Local-hour weights: office hours with a lunch dip, a small evening tail and a quiet night.
    private static readonly double[] WeekdayHours =
        [0.3, 0.2, 0.15, 0.15, 0.2, 0.4, 0.9, 2.0, 5.0, 8.0, 9.0, 8.5, 6.0, 7.0, 8.5, 8.0, 7.0, 5.0, 3.0, 2.2, 1.8, 1.4, 1.0, 0.6];

    private static readonly double[] WeekendHours =
        [0.5, 0.4, 0.3, 0.3, 0.3, 0.4, 0.6, 1.0, 1.6, 2.4, 3.0, 3.2, 3.0, 2.8, 2.8, 2.8, 2.6, 2.4, 2.2, 2.2, 2.0, 1.6, 1.2, 0.8];

    public static double DayOfWeekFactor(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => 1.25,
        DayOfWeek.Tuesday => 1.1,
        DayOfWeek.Wednesday => 1.05,
        DayOfWeek.Thursday => 1.0,
        DayOfWeek.Friday => 0.85,
        DayOfWeek.Saturday => 0.3,
        _ => 0.27,
    };

    /// <summary>Relative volume of a day of the period (growth, summer dip and weekday pattern together).</summary>
    public static double DayFactor(SamplePeriod period, int dayIndex)
    {
        var day = period.Day(dayIndex);
        var growth = 1.0 + (0.2 * dayIndex / Math.Max(1, period.Days - 1));
        var daysFromAugust5 = day.DayNumber - new DateOnly(day.Year, 8, 5).DayNumber;
        var summer = 1.0 - (0.22 * Math.Exp(-Math.Pow(daysFromAugust5 / 18.0, 2)));
        return DayOfWeekFactor(day) * growth * summer;
    }

    /// <summary>A UTC instant on the customer's local <paramref name="localDay"/>, following office hours there.</summary>
    public static DateTime LocalBusinessInstant(Random random, CustomerRegion region, DateOnly localDay)
    {
        var hours = SampleTime.IsWeekend(localDay) ? WeekendHours : WeekdayHours;
        var hour = random.PickIndex(hours);
        var local = localDay.ToDateTime(new TimeOnly(hour, random.Next(60), random.Next(60)), DateTimeKind.Utc);
        return local.AddMinutes(-region.OffsetMinutes(localDay));
    }
}
