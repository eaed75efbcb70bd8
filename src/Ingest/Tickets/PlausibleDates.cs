using System.Globalization;

namespace Reporting.Ingest.Tickets;

/// <summary>
/// The span a ticket's creation date must fall in to be ingested: from <see cref="Earliest"/> (1990-01-01 by default)
/// to one day after the run (both configurable: <c>ingest --earliest DATE --days-after-run N</c>). A ticket "created" in 9999 or 2200 would otherwise move every default period there and
/// break every report; it is kept in <c>rejects</c> with the reason instead.
/// </summary>
public sealed record PlausibleDates(DateTime Earliest, DateTime Latest)
{
    public static readonly DateTime DefaultEarliest = new(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The most days after the run a ticket may be dated: clocks drift and time zones differ, but not by a year.</summary>
    public const int MaxDaysAfterRun = 366;

    public static PlausibleDates ForRunAt(DateTimeOffset now) => ForRunAt(now, DateOnly.FromDateTime(DefaultEarliest), 1);

    /// <summary>From <paramref name="earliest"/> to <paramref name="daysAfterRun"/> days after the run's day, both checked.</summary>
    public static PlausibleDates ForRunAt(DateTimeOffset now, DateOnly earliest, int daysAfterRun)
    {
        if (daysAfterRun is < 0 or > MaxDaysAfterRun)
        {
            throw new Reporting.Warehouse.UserInputException($"--days-after-run must be between 0 and {MaxDaysAfterRun}, not {daysAfterRun}");
        }

        var latest = now.UtcDateTime.Date.AddDays(daysAfterRun + 1);
        var first = earliest.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (first >= latest || earliest.Year < 1900)
        {
            throw new Reporting.Warehouse.UserInputException(
                $"--earliest {earliest:yyyy-MM-dd} must be on or after 1900-01-01 and before the latest plausible day {latest.AddDays(-1):yyyy-MM-dd}");
        }

        return new PlausibleDates(first, latest) { DaysAfterRun = daysAfterRun };
    }

    public int DaysAfterRun { get; init; } = 1;

    /// <summary>Why <paramref name="created"/> is refused, or null when it is plausible.</summary>
    public string? Problem(DateTime created) =>
        created < Earliest || created >= Latest
            ? string.Create(CultureInfo.InvariantCulture,
                $"created {created:yyyy-MM-dd} is outside the plausible range {Earliest:yyyy-MM-dd} to {Latest.AddDays(-1):yyyy-MM-dd} ({(DaysAfterRun == 1 ? "the day after the run" : $"{DaysAfterRun} days after the run")})")
            : null;
}
