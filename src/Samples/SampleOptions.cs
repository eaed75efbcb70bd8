using Reporting.Warehouse;

namespace Reporting.Samples;

/// <summary>
/// What sample company to generate. The default covers 26 ISO weeks ending Sunday 2026-11-22
/// (2026-W22 .. 2026-W47). Same options always give byte-identical files.
/// </summary>
public sealed record SampleOptions(int Seed = 42, int Weeks = 26, DateOnly LastWeekSunday = default)
{
    /// <summary>The Sunday that closes the default sample period.</summary>
    public static readonly DateOnly DefaultLastWeekSunday = new(2026, 11, 22);

    // A record parameter cannot default to a non-constant DateOnly, so default(DateOnly) means "the default Sunday".
    public DateOnly LastWeekSunday { get; init; } = LastWeekSunday == default ? DefaultLastWeekSunday : LastWeekSunday;

    public const int MaxWeeks = 104;

    /// <summary>Throws <see cref="ArgumentException"/> when the options cannot describe a sample period.</summary>
    public void Validate()
    {
        if (Weeks is < 1 or > MaxWeeks)
        {
            throw new UserInputException($"Weeks must be between 1 and {MaxWeeks}, got {Weeks}.");
        }

        if (LastWeekSunday.DayOfWeek != DayOfWeek.Sunday)
        {
            throw new UserInputException(
                $"LastWeekSunday must be a Sunday, got {LastWeekSunday:yyyy-MM-dd} ({LastWeekSunday.DayOfWeek}).");
        }
    }
}
