using System.Globalization;
using System.Text;
using Reporting.Analytics.Owners;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>
/// The Leads page's content: the period and team filter, then how often triage took the suggested owner: in all, per
/// team, and per week and team; or a plain empty state when nothing was decided.
/// </summary>
public static class LeadsHtml
{
    public static string Render(SuggestionAcceptance a, IReadOnlyList<string> teams)
    {
        var period = $"{Day(a.From)} to {Day(a.To)}";
        var filters = $"""
            <form method="get" action="/leads" class="filters">
              <label>From<input type="date" name="from" value="{Iso(a.From)}"></label>
              <label>To<input type="date" name="to" value="{Iso(a.To)}"></label>
              <label>Team<select name="team"><option value="">all</option>{string.Concat(teams.Select(t =>
                  $"""<option value="{E(t)}"{(t == a.Team ? " selected" : "")}>{E(t)}</option>"""))}</select></label>
              <button type="submit">Show</button>
              <a href="/leads">Last 12 weeks</a>
            </form>
            """;
        var heading = $"""
            <h1>Suggested owners accepted in triage <span class="muted">· {E(a.Team ?? "all teams")}, {E(period)}</span></h1>
            <p class="muted">Counted from the decisions triagers make on ticket pages, the latest per ticket, in the week it was made and for the team
            of the service it routed to: accepted top-1 when the suggested owner was accepted (or chosen), within top-3 when the owner chosen was one of the three shown.</p>
            """;
        if (!a.HasDecisions)
        {
            return $"""
                {heading}
                {filters}
                <p class="card empty" id="empty">No triage decisions yet in this period ({E(period)}{(a.Team is null ? "" : $", {E(a.Team)}")}): once triagers accept or choose owners on ticket pages, how often they took the suggestion shows here.</p>
                {Unsuggested(a.Total)}
                """;
        }

        var t = a.Total;
        var byTeam = new StringBuilder();
        foreach (var team in a.Teams)
        {
            byTeam.Append($"""<tr data-team="{E(team.Team)}"><th scope="row">{E(team.Team)}</th>{Cells(team.Counts)}</tr>""").Append('\n');
        }

        var byWeek = new StringBuilder();
        foreach (var week in a.Weeks)
        {
            byWeek.Append($"""<tr data-week="{E(week.Week.ToString())}" data-team="{E(week.Team)}"><td>{E(week.Week.ToString())} <span class="muted">{E(Day(week.Week.Monday))}</span></td><th scope="row">{E(week.Team)}</th>{Cells(week.Counts)}</tr>""").Append('\n');
        }

        return $"""
            {heading}
            {filters}
            <p class="card" id="totals"><strong class="decided">{Count(t.Decided)}</strong> tickets decided ·
              <strong class="top1">{Count(t.Top1)}</strong> accepted top-1 (<span class="top1-rate">{Rate(t.Top1Rate)}</span>) ·
              <strong class="top3">{Count(t.Top3)}</strong> within top-3 (<span class="top3-rate">{Rate(t.Top3Rate)}</span>)</p>
            {Unsuggested(t)}
            <h2>By team</h2>
            <table id="teams">
              <thead><tr><th>Team</th>{Headers}</tr></thead>
              <tbody>
            {byTeam}
              </tbody>
              <tfoot><tr data-team=""><th scope="row">All</th>{Cells(t)}</tr></tfoot>
            </table>
            <h2>By week</h2>
            <table id="weeks">
              <thead><tr><th>ISO week</th><th>Team</th>{Headers}</tr></thead>
              <tbody>
            {byWeek}
              </tbody>
            </table>
            """;
    }

    private const string Headers = "<th>Decided</th><th>Accepted top-1</th><th>Top-1 rate</th><th>Within top-3</th><th>Top-3 rate</th>";

    private static string Cells(AcceptanceCounts c) =>
        $"""<td class="decided">{Count(c.Decided)}</td><td class="top1">{Count(c.Top1)}</td><td class="top1-rate">{Rate(c.Top1Rate)}</td><td class="top3">{Count(c.Top3)}</td><td class="top3-rate">{Rate(c.Top3Rate)}</td>""";

    private static string Unsuggested(AcceptanceCounts c) => c.Unsuggested == 0
        ? ""
        : $"""<p class="muted" id="unsuggested">{Count(c.Unsuggested)} more tickets were routed while no suggestion was shown; they offered nothing to accept and are not counted.</p>""";

    /// <summary>A share as a whole percentage, or a dash where nothing was decided.</summary>
    public static string Rate(double? rate) => rate is { } r ? Percent(r) : "–";

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
