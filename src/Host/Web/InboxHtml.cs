using System.Text;
using Reporting.Host.Application.Triage;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>The inbox page's content: filters, the ticket table and the pager.</summary>
public static class InboxHtml
{
    public static string Render(
        InboxView view, IReadOnlyDictionary<string, Reporting.Analytics.RotationFit.TicketFit>? fits = null,
        IReadOnlyDictionary<(string Source, string Id), Application.Readiness.TicketReadiness>? readiness = null,
        IReadOnlyDictionary<(string Source, string Id), Reporting.Analytics.Priority.PriorityAdvice>? priorities = null)
    {
        var r = view.Request;
        var rows = new StringBuilder();
        foreach (var t in view.Tickets)
        {
            rows.Append($"""
                <tr data-ticket="{E(t.Source)}/{E(t.Id)}">
                  <td class="id"><a href="/tickets/{Segment(t.Source)}/{Segment(t.Id)}">{E(t.Id)}</a><div class="muted">{E(t.Source)}</div></td>
                  <td>{E(t.Subject)}{Badges(t)}{TicketFitHtml.InboxMarker(fits, t.Id)}{ReadinessHtml.Badge(readiness, t.Source, t.Id)}{PriorityBadge(priorities, t.Source, t.Id)}</td>
                  <td>{Owners(t.Suggestions)}</td>
                  <td class="group">{E(t.GroupLabel)}</td>
                  <td>{E(t.Product)}<div class="muted">{E(t.Team)}</div></td>
                  <td>{E(t.Status)}</td>
                  <td>{E(Age(t.Age))}</td>
                  <td>{E(t.Customer)}</td>
                </tr>
                """);
        }

        var first = (long)(r.Page - 1) * r.PageSize + 1;
        var last = Math.Min(view.Total, first + view.Tickets.Count - 1);
        return $"""
            <h1>Inbox <span class="muted">· {view.Total} open tickets</span></h1>
            <form method="get" action="/" class="filters">
              {Select("product", "Product", view.Choices.Products, r.Product)}
              {Select("team", "Team", view.Choices.Teams, r.Team)}
              {Select("status", "State", view.Choices.Statuses, r.Status)}
              <input type="hidden" name="size" value="{r.PageSize}">
              <button type="submit">Filter</button>
              <a href="/">Clear</a>
            </form>
            <table id="inbox">
              <thead><tr><th>Ticket</th><th>Subject</th><th>Suggested owners</th><th>Recurring group</th><th>Product / team</th><th>State</th><th>Age</th><th>Customer</th></tr></thead>
              <tbody>
            {rows}
              </tbody>
            </table>
            <div class="pager">
              {(r.Page > 1 ? $"""<a rel="prev" href="{PageLink(r, r.Page - 1)}">← Newer</a>""" : "")}
              <span class="muted">{(view.Tickets.Count == 0 ? "No tickets" : $"{first}–{last} of {view.Total}")} · page {r.Page} of {view.Pages}</span>
              {(r.Page < view.Pages ? $"""<a rel="next" href="{PageLink(r, r.Page + 1)}">Older →</a>""" : "")}
            </div>
            """;
    }

    public static string Owners(IReadOnlyList<SuggestedOwner> suggestions) =>
        suggestions.Count == 0
            ? """<span class="muted">none yet</span>"""
            : $"""<ol class="owners">{string.Concat(suggestions.Select(s => $"""<li><span class="owner">{E(s.Owner)}</span> <span class="muted">{Percent(s.Probability)}</span></li>"""))}</ol>""";

    private static string Badges(InboxTicket t) =>
        (t.RoutedTo is null ? "" : $"""<div><span class="badge decided">routed to {E(t.RoutedTo)} by {E(t.RoutedBy)}</span></div>""")
        + (t.NeedsHumanTriage ? """<span class="badge human">needs human triage</span>""" : "")
        + (t.OutOfScope ? """<span class="badge scope">out of scope</span>""" : "");

    private static string Select(string name, string label, IReadOnlyList<string> choices, string? selected) =>
        $"""
        <label>{E(label)}<select name="{name}"><option value="">any</option>{string.Concat(choices.Select(c =>
            $"""<option value="{E(c)}"{(c == selected ? " selected" : "")}>{E(c)}</option>"""))}</select></label>
        """;

    private static string PageLink(InboxRequest r, int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("product", r.Product);
        Add("team", r.Team);
        Add("status", r.Status);
        Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("size", r.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return E("/?" + string.Join('&', query));
    }

    /// <summary>The suggested priority when the model answers; nothing when it abstains or there is no model.</summary>
    private static string PriorityBadge(
        IReadOnlyDictionary<(string Source, string Id), Reporting.Analytics.Priority.PriorityAdvice>? priorities, string source, string id) =>
        priorities is not null && priorities.TryGetValue((source, id), out var p) && p.Priority is not null
            ? $"""<span class="badge priority" title="suggested priority, {Percent(p.Probability)}">{E(p.Priority)}</span>"""
            : "";
}
