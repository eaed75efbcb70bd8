using Reporting.Analytics.Capacity.Forecasting;

namespace Reporting.Analytics.Capacity;

/// <summary>What to compute: a period of ISO weeks, which teams, and how far to forecast.</summary>
public sealed record CapacityOptions
{
    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    /// <summary>Null for all teams.</summary>
    public string? Team { get; init; }

    public int ForecastWeeks { get; init; } = 2;

    public EffortModel Effort { get; init; } = EffortModel.Default;

    /// <summary>Fit <see cref="Effort"/>'s base hours to tracked time where the source has enough of it (and it predicts better).</summary>
    public bool FitEffort { get; init; } = true;

    /// <summary>Weeks of history the forecast is backtested on, to choose its method and measure its interval.</summary>
    public int ForecastHistoryWeeks { get; init; } = 52;

    public ForecastSettings Forecasting { get; init; } = ForecastSettings.Default;

    /// <summary>Without teams.yaml, people assigned at least this many of a team's tickets in the period count as members.</summary>
    public int DerivedMemberMinTickets { get; init; } = 3;

    /// <summary>Store the results (capacity_weeks, support_effort, release_tails); off for read-only questions.</summary>
    public bool Store { get; init; } = true;

    /// <summary>
    /// Share of a buddy's available hours spent pairing with the newcomer on rotation (rotation.csv's buddy column):
    /// counted as rotation hours, and the support they take on up to it as absorbed.
    /// </summary>
    public double BuddyShare { get; init; } = 0.25;

    /// <summary>Weekly hours assumed for derived members.</summary>
    public double DerivedWeeklyHours { get; init; } = 40;
}
