using DuckDB.NET.Data;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Owners;

/// <summary>
/// How often triagers routed a ticket to the owner the model suggested, from their decisions alone
/// (<see cref="SuggestionAcceptanceQueries"/>): in all, per team, and per ISO week and team, for decisions made from
/// <see cref="From"/> to <see cref="To"/> (whole days, UTC), for one team or all (<see cref="Team"/> null).
/// </summary>
public sealed record SuggestionAcceptance(
    DateOnly From, DateOnly To, string? Team, AcceptanceCounts Total, IReadOnlyList<TeamAcceptance> Teams, IReadOnlyList<WeekAcceptance> Weeks)
{
    /// <summary>Whether anything was decided in the period with a suggestion shown.</summary>
    public bool HasDecisions => Total.Decided > 0;

    public static async Task<SuggestionAcceptance> LoadAsync(
        DuckDBConnection connection, DateOnly from, DateOnly to, string? team, CancellationToken cancellationToken)
    {
        var rows = await SuggestionAcceptanceQueries.WeeksAsync(
            connection, Utc(from), Utc(to.AddDays(1)), team, cancellationToken);
        var weeks = rows.Select(r => new WeekAcceptance(IsoWeek.Of(r.WeekStart), r.Team, new AcceptanceCounts(r.Decided, r.Top1, r.Top3, r.Unsuggested)))
            .ToList();
        var teams = weeks.GroupBy(w => w.Team, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TeamAcceptance(g.Key, AcceptanceCounts.Sum(g.Select(w => w.Counts)))).ToList();
        return new SuggestionAcceptance(from, to, team, AcceptanceCounts.Sum(teams.Select(t => t.Counts)), teams, weeks);
    }

    private static DateTime Utc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}

/// <summary>One team's decisions over the whole period.</summary>
public sealed record TeamAcceptance(string Team, AcceptanceCounts Counts);

/// <summary>One team's decisions in one ISO week.</summary>
public sealed record WeekAcceptance(IsoWeek Week, string Team, AcceptanceCounts Counts);
