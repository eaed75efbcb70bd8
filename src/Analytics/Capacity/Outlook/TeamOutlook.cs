using Reporting.Analytics.Capacity.Forecasting;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Capacity.Outlook;

/// <summary>
/// One team's next two weeks as a PM plans on them: what is left for planned work (hours, share, engineers) with its
/// range, and every reason behind it, quantified: rotation, absences, releases and their expected bug tail, what is
/// carried in, recurring bugs that are growing, and how right the forecast has been.
/// </summary>
public sealed record TeamOutlook(string Team, TeamSize Size, IReadOnlyList<TeamWeek> Weeks, TeamWeek? LastWeek)
{
    public IReadOnlyList<PlannedAbsence> Absences { get; init; } = [];

    public IReadOnlyList<UpcomingRelease> Releases { get; init; } = [];

    /// <summary>Releases of the last three weeks whose bug tail reaches the forecast weeks.</summary>
    public IReadOnlyList<ReleaseTail> RecentReleases { get; init; } = [];

    /// <summary>Extra bug tickets expected from releases in the forecast weeks, summed.</summary>
    public double ReleaseUpliftTickets { get; init; }

    public IReadOnlyList<StoredTeamGroup> GrowingGroups { get; init; } = [];

    /// <summary>The one-week-ahead backtest, when the team has history enough.</summary>
    public BacktestScore? Accuracy { get; init; }

    /// <summary>Engineers' worth of hours: <paramref name="hours"/> over the team's usual hours per engineer.</summary>
    public double Engineers(double hours) => Size.HoursPerEngineer > 0 ? hours / Size.HoursPerEngineer : 0;
}
