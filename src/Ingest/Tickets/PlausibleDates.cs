using System.Globalization;

namespace Reporting.Ingest.Tickets;

/// <summary>
/// The span a ticket's creation date must fall in to be ingested: from <see cref="Earliest"/> (1990-01-01 by default)
/// to one day after the run. A ticket "created" in 9999 or 2200 would otherwise move every default period there and
/// break every report; it is kept in <c>rejects</c> with the reason instead.
/// </summary>
public sealed record PlausibleDates(DateTime Earliest, DateTime Latest)
{
    public static readonly DateTime DefaultEarliest = new(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static PlausibleDates ForRunAt(DateTimeOffset now) => new(DefaultEarliest, now.UtcDateTime.Date.AddDays(2));

    /// <summary>Why <paramref name="created"/> is refused, or null when it is plausible.</summary>
    public string? Problem(DateTime created) =>
        created < Earliest || created >= Latest
            ? string.Create(CultureInfo.InvariantCulture,
                $"created {created:yyyy-MM-dd} is outside the plausible range {Earliest:yyyy-MM-dd} to {Latest.AddDays(-1):yyyy-MM-dd} (the day after the run)")
            : null;
}
