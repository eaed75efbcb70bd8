namespace Reporting.Analytics.Duplicates;

/// <summary>Thresholds for <see cref="GroupTrendClassifier"/>; defaults suit weekly support volumes.</summary>
public sealed record GroupTrendRules
{
    /// <summary>Length of the recent window and of the window it is compared with.</summary>
    public int WindowWeeks { get; init; } = 4;

    /// <summary>A group whose first ticket falls in the last this-many weeks is New.</summary>
    public int NewWithinWeeks { get; init; } = 4;

    /// <summary>Weeks without tickets, right before recent activity, that make a return a regression.</summary>
    public int QuietWeeksForRegression { get; init; } = 8;

    /// <summary>Growing needs recent ≥ ratio × previous ...</summary>
    public double GrowthRatio { get; init; } = 1.5;

    /// <summary>... and at least this many more tickets, so 1 → 2 is not called growth.</summary>
    public int MinimumIncrease { get; init; } = 2;

    /// <summary>Fading when recent ≤ ratio × previous.</summary>
    public double FadeRatio { get; init; } = 0.5;
}
