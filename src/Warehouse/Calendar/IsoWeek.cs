using System.Globalization;

namespace Reporting.Warehouse.Calendar;

/// <summary>An ISO-8601 week such as 2026-W47 (weeks start on Monday; week 1 holds the year's first Thursday).</summary>
public readonly record struct IsoWeek : IComparable<IsoWeek>
{
    public IsoWeek(int year, int week)
    {
        if (year is < 1 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), $"{year}-W{week} is not an ISO week.");
        }

        Year = year;
        Week = week;
    }

    public int Year { get; }

    public int Week { get; }

    public static IsoWeek Of(DateOnly date) => Of(date.ToDateTime(TimeOnly.MinValue));

    public static IsoWeek Of(DateTime time) => new(ISOWeek.GetYear(time), ISOWeek.GetWeekOfYear(time));

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>Start of the week at 00:00 UTC.</summary>
    public DateTime StartUtc => DateTime.SpecifyKind(Monday.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);

    /// <summary>"W47", for chart axes where the year is clear from context.</summary>
    public string ShortLabel => $"W{Week:D2}";

    public IsoWeek AddWeeks(int weeks) => Of(Monday.AddDays(7 * weeks));

    /// <summary><paramref name="count"/> consecutive weeks starting at <paramref name="first"/>.</summary>
    public static IReadOnlyList<IsoWeek> Sequence(IsoWeek first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Enumerable.Range(0, count).Select(first.AddWeeks).ToArray();
    }

    public int WeeksUntil(IsoWeek later) => (later.Monday.DayNumber - Monday.DayNumber) / 7;

    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week)
            ? week
            : throw new FormatException($"'{text}' is not an ISO week like 2026-W47");

    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Trim().Split("-W", StringSplitOptions.None);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 1 or > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    public static IEnumerable<IsoWeek> Range(IsoWeek first, IsoWeek last)
    {
        for (var week = first; week.CompareTo(last) <= 0; week = week.AddWeeks(1))
        {
            yield return week;
        }
    }

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year:D4}-W{Week:D2}";
}
