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
}
