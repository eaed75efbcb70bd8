using System.Globalization;
using System.Text;
using Reporting.Analytics.Capacity;
using Reporting.Host.Application.Capacity;
using Reporting.Reports.Rendering;
using Reporting.Warehouse.Calendar;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>
/// The capacity pages' content. Hours and shares are formatted as in the PDFs (<see cref="FigureFormat"/>); every
/// figure is one of the capacity weeks <c>reporting capacity --json</c> prints.
/// </summary>
public static class CapacityHtml
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string RenderOverview(CapacityOverview overview)
    {
        var weeks = overview.PlanningWeeks;
        var thisWeek = IsoWeek.Of(overview.Period.To);
        var rows = new StringBuilder();
        foreach (var team in overview.Teams)
        {
            var last = team.LastWeek;
            rows.Append(C, $"""
                <tr data-team="{E(team.Team)}">
                  <td><a href="/capacity/{Segment(team.Team)}">{E(team.Team)}</a></td>
                  <td class="num engineers">{team.Size.Engineers}</td>
                  <td class="rotation">{E(last?.RotationEngineer ?? "–")}</td>
                  <td class="num nominal">{Hours(last?.NominalHours)}</td>
                  <td class="num support">{Hours(last?.SupportHours)}</td>
                  <td class="num effective">{Left(last)}</td>
                """);
            foreach (var monday in weeks)
            {
                var w = team.Weeks.FirstOrDefault(x => x.WeekStart == monday);
                rows.Append(C, $"""
                      <td class="num forecast" data-week="{E(IsoWeek.Of(monday).ToString())}">{Left(w)}{(w is null ? "" : $"""<div class="range muted">{Range(w)}</div>""")}</td>
                    """);
            }

            rows.Append("</tr>\n");
        }

        var unowned = overview.Result.UnownedSupportHours > 0
            ? $"""<p class="muted">{E(FigureFormat.Hours(overview.Result.UnownedSupportHours))} of support in these weeks went to tickets no team owns (no service or team).</p>"""
            : "";
        return $"""
            <h1>Capacity <span class="muted">· {E(WeekWords.Of(thisWeek))} and the next two weeks</span></h1>
            <p>Per team: who is on support rotation this week, the team's hours, the support it took, what was really left
            for team work, and what each team can plan on in the next two weeks with the range the real figure fell in
            8 weeks out of 10.</p>
            <table id="capacity">
              <thead>
                <tr><th rowspan="2">Team</th><th rowspan="2" class="num">Engineers</th><th colspan="4">This week, {E(WeekWords.Of(thisWeek))}</th><th colspan="{Math.Max(1, weeks.Count)}">Left for planned work (80% range)</th></tr>
                <tr><th>On rotation</th><th class="num">Team hours</th><th class="num">Support</th><th class="num">Left for team work</th>{(weeks.Count == 0 ? "<th>no forecast</th>" : string.Concat(weeks.Select(w => $"""<th class="num">{E(WeekWords.Of(w))}</th>""")))}</tr>
              </thead>
              <tbody>
            {rows}
              </tbody>
            </table>
            {unowned}
            <p><a href="/capacity/report.pdf">Capacity report, all teams (PDF)</a></p>
            <p class="muted">{E(Period(overview.Period))} {E(overview.Result.RosterNote)}</p>
            """;
    }

    public static string RenderTeam(TeamOutlookView view)
    {
        var team = view.Outlook.Team;
        var figures = view.Columns.Count == view.Figures.Count
            ? $"""
              <table id="outlook-figures">
                <thead><tr>{string.Concat(view.Columns.Skip(1).Select(c => $"<th>{E(c)}</th>"))}</tr></thead>
                <tbody><tr>{string.Concat(view.Figures.Skip(1).Select(f => $"<td>{E(f)}</td>"))}</tr></tbody>
              </table>
              """
            : "";
        var weeks = new StringBuilder();
        var rotation = new StringBuilder();
        foreach (var w in view.Weeks)
        {
            var kind = w.Forecast ? """ class="forecast" """ : "";
            weeks.Append(C, $"""
                <tr{kind} data-week="{E(w.Week)}"><td>{E(w.Week)}{(w.Forecast ? " <span class=\"muted\">forecast</span>" : "")}</td><td class="num">{Hours(w.NominalHours)}</td><td class="num">{Hours(w.RotationHours)}</td><td class="num">{Hours(w.SupportHours)}</td><td class="num">{Hours(w.LeakedHours)}</td><td class="num">{Hours(w.OverflowHours)}</td><td class="num effective">{Left(w)}</td><td class="num">{(w.Forecast ? E(Range(w)) : "")}</td><td class="num">{w.TicketsOpened.ToString("N0", C)}</td></tr>
                """);
            rotation.Append(C, $"""
                <tr{kind} data-week="{E(w.Week)}"><td>{E(WeekWords.Of(w.WeekStart))}{(w.Forecast ? " <span class=\"muted\">coming</span>" : "")}</td><td class="engineer">{E(w.RotationEngineer ?? "nobody")}</td><td class="num">{Hours(w.RotationHours)}</td></tr>
                """);
        }

        return $"""
            <p><a href="/capacity">← All teams</a></p>
            <h1>{E(team)} <span class="muted">· {view.Outlook.Size.Engineers} engineers</span></h1>
            <div class="card" id="outlook">
              <h2>Next two weeks</h2>
              <p>{E(view.Introduction)}</p>
              {figures}
              <h3>Why</h3>
              <ul id="reasons">{string.Concat(view.Reasons.Select(r => $"<li>{E(r)}</li>"))}</ul>
            </div>
            <h2>History and forecast</h2>
            <figure class="chart">
              <img src="/capacity/{Segment(team)}/chart.svg" width="{DrawTeamCapacityChart.Width}" height="{DrawTeamCapacityChart.Height}"
                   alt="{E($"{team}: hours per week; {DrawTeamCapacityChart.Description}.")}">
              <figcaption class="muted">Hours per week: {E(DrawTeamCapacityChart.Description)}.</figcaption>
            </figure>
            <details>
              <summary>The figures behind the chart</summary>
              <table id="weeks">
                <thead><tr><th>Week</th><th class="num">Team hours</th><th class="num">On rotation</th><th class="num">Support</th><th class="num">By teammates</th><th class="num">Overflow</th><th class="num">Left for planned work</th><th class="num">80% range</th><th class="num">Tickets opened</th></tr></thead>
                <tbody>
            {weeks}
                </tbody>
              </table>
            </details>
            <h2>Rotation</h2>
            <table id="rotation">
              <thead><tr><th>Week</th><th>On support rotation</th><th class="num">Hours set aside</th></tr></thead>
              <tbody>
            {rotation}
              </tbody>
            </table>
            <p><a href="/capacity/{Segment(team)}/report.pdf" id="report">Capacity report for {E(team)} (PDF)</a></p>
            <p class="muted">{E(Period(view.Period))} {E(view.RosterNote)}</p>
            """;
    }

    private static string Hours(double? hours) => hours is null ? "–" : E(FigureFormat.Hours(hours.Value));

    private static string Left(TeamWeek? w) => w is null
        ? "–"
        : $"""<span class="hours">{E(FigureFormat.Hours(w.EffectiveHours))}</span> <span class="share muted">{E(FigureFormat.Share(w.EffectiveShare))}</span>""";

    private static string Range(TeamWeek w) =>
        w.EffectiveLow is null || w.EffectiveHigh is null ? "–" : string.Create(C, $"{w.EffectiveLow:N0}\u2013{w.EffectiveHigh:N0} h");

    private static string Period(Reporting.Host.Application.ReportingPeriod period) =>
        string.Create(C, $"Weeks {IsoWeek.Of(period.From)} to {IsoWeek.Of(period.To)} (to the newest ticket, {period.To:yyyy-MM-dd}), the same figures as the reporting capacity command.");
}
