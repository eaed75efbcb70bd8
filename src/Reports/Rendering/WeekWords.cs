using System.Globalization;
using Reporting.Warehouse.Calendar;

namespace Reporting.Reports.Rendering;

/// <summary>An ISO week with its dates in words, as a PM reads it: "W48, 23–29 Nov", "W49, 30 Nov–6 Dec".</summary>
public static class WeekWords
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Of(IsoWeek week) => $"{week.ShortLabel}, {Days(week.Monday, week.Sunday)}";

    public static string Of(DateOnly anyDay) => Of(IsoWeek.Of(anyDay));

    private static string Days(DateOnly first, DateOnly last) =>
        first.Month == last.Month
            ? string.Create(C, $"{first.Day}\u2013{last:d MMM}")
            : string.Create(C, $"{first:d MMM}\u2013{last:d MMM}");
}
