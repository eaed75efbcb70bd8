using DuckDB.NET.Data;
using Reporting.Reports.Outlook;
using Reporting.Reports.Privacy;

namespace Reporting.Host.Application.Capacity;

/// <summary>One team's next two weeks and history, from the same figures as the all-teams page; an unknown team is not found.</summary>
public sealed class ReadTeamOutlook(ReadCapacityOverview overview, TextMasker masker)
{
    public async Task<TeamOutlookView> RunAsync(DuckDBConnection connection, string team, CancellationToken cancellationToken)
    {
        var all = await overview.RunAsync(connection, cancellationToken);
        var outlook = all.Team(team);
        var weeks = NextTwoWeeksSection.PlanningWeeks([outlook]);
        return new TeamOutlookView(
            all.Period, all.Result.RosterNote, outlook, all.TeamWeeks(team),
            weeks.Count == 0 ? NextTwoWeeksSection.NoForecast : NextTwoWeeksSection.Introduction(weeks),
            NextTwoWeeksSection.Columns(weeks), NextTwoWeeksSection.Row(outlook, weeks), NextTwoWeeksSection.Reasons(outlook, masker));
    }
}
