using System.Globalization;

namespace Reporting.Samples;

/// <summary>The whole ISO weeks the sample covers, Monday of the first to Sunday of the last, in UTC.</summary>
internal sealed record SamplePeriod(DateOnly FirstDay, int Weeks)
{
    public static SamplePeriod From(SampleOptions options) =>
        new(options.LastWeekSunday.AddDays((-7 * options.Weeks) + 1), options.Weeks);

    public int Days => Weeks * 7;

    public DateOnly LastDay => FirstDay.AddDays(Days - 1);

    public DateTime StartUtc => FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>Exclusive end: midnight after the last Sunday. Nothing in the sample happens at or after it.</summary>
    public DateTime EndUtc => StartUtc.AddDays(Days);

    public DateOnly Day(int index) => FirstDay.AddDays(index);

    public int DayIndex(DateOnly day) => day.DayNumber - FirstDay.DayNumber;

    public int WeekIndex(DateOnly day) => DayIndex(day) / 7;

    public DateOnly WeekMonday(int weekIndex) => FirstDay.AddDays(7 * weekIndex);

    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;

    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    /// <summary>ISO week label such as "2026-W22".</summary>
    public string WeekLabel(int weekIndex) => IsoWeekLabel(WeekMonday(weekIndex));

    public static string IsoWeekLabel(DateOnly day)
    {
        var at = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(at)}-W{ISOWeek.GetWeekOfYear(at):00}");
    }
}
