using System.Globalization;

namespace Reporting.Samples;

/// <summary>The one way the sample formats instants and dates (invariant, UTC, second precision).</summary>
internal static class SampleTime
{
    public static string Instant(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? Instant(DateTime? utc) => utc is { } value ? Instant(value) : null;

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc);

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Drops sub-second parts so formatted and stored values agree.</summary>
    public static DateTime TruncateToSecond(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
