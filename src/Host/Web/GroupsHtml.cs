using System.Globalization;
using System.Text;
using Reporting.Host.Application.Recurring;
using Reporting.Host.Application.Triage;
using Reporting.Reports.Digest;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>The recurring-bugs pages' content: the groups by impact, and one group with its tickets, split buttons and the merge form.</summary>
public static class GroupsHtml
{
    private const string Pending =
        "Splits, moves and merges are kept at once and take effect at the next grouping (nightly, or <code>reporting duplicates cluster</code>).";

    public static string RenderList(RecurringGroupsView view)
    {
        var r = view.Request;
        var rows = new StringBuilder();
        foreach (var g in view.Groups)
        {
            rows.Append($"""
                <tr data-group="{E(g.Id)}">
                  <td class="id"><a href="/groups/{Segment(g.Id)}">{E(g.Id)}</a></td>
                  <td>{E(g.Label)}</td>
                  <td>{State(g.State)}</td>
                  <td class="num this-week">{g.ThisWeek}</td>
                  <td class="num">{g.Customers}</td>
                  <td class="num growth">{Growth(g)}</td>
                  <td>{Sparkline.Svg(g.Weekly, Weekly(g))}</td>
                  <td class="num">{g.Tickets}</td>
                  <td>{Owner(g)}</td>
                </tr>
                """);
        }

        if (view.Groups.Count == 0)
        {
            rows.Append("""<tr><td colspan="9" class="muted">No recurring bugs yet: groups appear after the first grouping.</td></tr>""");
        }

        var first = (long)(r.Page - 1) * r.PageSize + 1;
        var last = Math.Min(view.Total, first + view.Groups.Count - 1);
        var week = view.Week is { } w ? $"{w} (week of the newest ticket, from {w.Monday:d MMM yyyy})" : "no tickets yet";
        return $"""
            <h1>Recurring bugs <span class="muted">· {view.Total} groups</span></h1>
            <p class="muted">By impact in {E(week)}: tickets that week, then customers affected, then growth (the last four weeks against the four before). {Pending}</p>
            <table id="groups">
              <thead><tr><th>Group</th><th>Problem</th><th>State</th><th>This week</th><th>Customers</th><th>Growth</th><th>Last 12 weeks</th><th>Tickets</th><th>Owner</th></tr></thead>
              <tbody>
            {rows}
              </tbody>
            </table>
            <div class="pager">
              {(r.Page > 1 ? $"""<a rel="prev" href="/groups?page={r.Page - 1}&amp;size={r.PageSize}">← More impact</a>""" : "")}
              <span class="muted">{(view.Groups.Count == 0 ? "No groups" : $"{first}–{last} of {view.Total}")} · page {r.Page} of {view.Pages}</span>
              {(r.Page < view.Pages ? $"""<a rel="next" href="/groups?page={r.Page + 1}&amp;size={r.PageSize}">Less impact →</a>""" : "")}
            </div>
            """;
    }

    public static string RenderGroup(RecurringGroupView view, string antiforgeryField, string? mergedInto = null)
    {
        var g = view.Line;
        var back = $"/groups/{Segment(g.Id)}";
        var rows = new StringBuilder();
        foreach (var t in view.Members)
        {
            var split = t.SplitPending
                ? """<span class="badge human">split at the next grouping</span>"""
                : $"""
                  <form method="post" action="/tickets/{Segment(t.Source)}/{Segment(t.Id)}/decisions" class="inline split">
                    {antiforgeryField}
                    <input type="hidden" name="kind" value="{TriageDecisionKinds.Split}">
                    <input type="hidden" name="value" value="{E(g.Id)}">
                    <input type="hidden" name="back" value="{back}">
                    <button type="submit">Split from group</button>
                  </form>
                  """;
            rows.Append($"""
                <tr data-ticket="{E(t.Source)}/{E(t.Id)}">
                  <td class="id"><a href="/tickets/{Segment(t.Source)}/{Segment(t.Id)}">{E(t.Id)}</a><div class="muted">{E(t.Source)}</div></td>
                  <td class="date">{E(t.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}</td>
                  <td>{E(t.Subject)}</td>
                  <td>{E(t.Customer)}</td>
                  <td>{E(t.Status)}</td>
                  <td><span class="owner">{E(t.Owner)}</span></td>
                  <td>{split}</td>
                </tr>
                """);
        }

        var shown = view.Members.Count < g.Tickets ? $" (the newest {view.Members.Count})" : "";
        var targets = string.Concat(view.MergeTargets.Select(o =>
            $"""<option value="{E(o.Id)}">{E(o.Id)}: {E(o.Label)} ({o.Tickets} tickets)</option>"""));
        return $"""
            <p><a href="/groups">← Recurring bugs</a></p>
            {(string.IsNullOrEmpty(mergedInto) ? "" : $"""<p class="card notice" id="merged">Merge into {E(mergedInto)} recorded: the groups are joined at the next grouping.</p>""")}
            <h1 id="label">{E(g.Label)}</h1>
            <p class="muted">{E(g.Id)} · {(view.Team is null ? "" : E(view.Team) + " · ")}first seen {view.FirstSeen:yyyy-MM-dd} · last seen {view.LastSeen:yyyy-MM-dd}</p>
            <div class="card figures">
              <div><span class="muted">State</span> {State(g.State)}</div>
              <div><span class="muted">This week ({E(view.Week.ToString())})</span> <b>{g.ThisWeek}</b></div>
              <div><span class="muted">Customers</span> <b>{g.Customers}</b></div>
              <div><span class="muted">Growth</span> <b>{Growth(g)}</b></div>
              <div><span class="muted">Last 12 weeks</span> {Sparkline.Svg(g.Weekly, Weekly(g), 180, 36)}</div>
              <div><span class="muted">Owner</span> {Owner(g)}</div>
            </div>
            <h2>Tickets <span class="muted">· {g.Tickets}{shown}</span></h2>
            <p class="muted">{Pending}</p>
            <table id="members">
              <thead><tr><th>Ticket</th><th>Opened</th><th>Subject</th><th>Customer</th><th>State</th><th>Owner</th><th></th></tr></thead>
              <tbody>
            {rows}
              </tbody>
            </table>
            <div class="card">
              <h2>Merge</h2>
              {(view.MergeTargets.Count == 0 ? """<p class="muted">There is no other group to merge into.</p>""" : $"""
              <form method="post" action="{back}/merge" id="merge">
                {antiforgeryField}
                <label>Merge this group into <select name="into">{targets}</select></label>
                <button type="submit">Merge</button>
                <span class="muted">the merged group keeps the id of the larger group (of the older when they are as large)</span>
              </form>
              """)}
            </div>
            """;
    }

    private static string State(string state) =>
        $"""<span class="state {E(state)}" title="{E(state)}">{E(RecurringStateWords.Name(state))}</span>""";

    private static string Growth(RecurringGroupLine g) =>
        $"{(g.Growth > 0 ? "+" : g.Growth < 0 ? "−" : "±")}{Math.Abs(g.Growth)} <span class=\"muted\">({g.Recent} vs {g.Previous})</span>";

    private static string Weekly(RecurringGroupLine g) => $"Tickets per week, last {g.Weekly.Count} weeks: {string.Join(", ", g.Weekly)}";

    private static string Owner(RecurringGroupLine g) =>
        g.Owner is null
            ? """<span class="muted">none yet</span>"""
            : $"""<span class="owner">{E(g.Owner)}</span>{(g.Decided > 0 ? $""" <span class="muted">({g.Decided} decided)</span>""" : """ <span class="muted">(suggested)</span>""")}""";
}
