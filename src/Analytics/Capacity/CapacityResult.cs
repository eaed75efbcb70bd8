using Reporting.Analytics.Capacity.Effort;
using Reporting.Analytics.Capacity.Forecasting;
using Reporting.Analytics.Capacity.Outlook;

namespace Reporting.Analytics.Capacity;

/// <summary>
/// Capacity per team and week, with how the teams were found (configured in teams.yaml, or derived
/// from ticket ownership when there is none) said plainly for the reader.
/// </summary>
public sealed record CapacityResult(IReadOnlyList<TeamWeek> Weeks, bool DerivedTeams, string RosterNote, double UnownedSupportHours)
{
    public IReadOnlyList<ReleaseTail> ReleaseTails { get; init; } = [];

    public IReadOnlyList<SupportBreakdown> Breakdown { get; init; } = [];

    /// <summary>The Monday of the first week with a ticket: earlier weeks are an empty calendar, not history.</summary>
    public DateOnly FirstDataWeek { get; init; } = DateOnly.MaxValue;

    public IReadOnlyList<TeamSize> TeamSizes { get; init; } = [];

    /// <summary>Which hours per ticket were used: the defaults, or fitted to tracked time, with how well each predicted it.</summary>
    public EffortFit Effort { get; init; } = new(0, 0, null, null, false, "Effort: the default hours per ticket are used.");

    /// <summary>Absences in the forecast weeks, by engineer and week.</summary>
    public IReadOnlyList<PlannedAbsence> PlannedAbsences { get; init; } = [];

    /// <summary>Releases planned in the forecast weeks.</summary>
    public IReadOnlyList<UpcomingRelease> UpcomingReleases { get; init; } = [];

    /// <summary>How right each team's forecast has been, one and two weeks ahead, over the weeks it learns from.</summary>
    public IReadOnlyList<BacktestScore> Accuracy { get; init; } = [];
}
