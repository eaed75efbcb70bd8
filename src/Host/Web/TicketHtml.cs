using System.Globalization;
using System.Text;
using Reporting.Host.Application.Triage;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>The ticket page's content: masked text, suggestion, decision forms, similar tickets and the history of decisions.</summary>
public static class TicketHtml
{
    public static string Render(TicketView t, string antiforgeryField, string fitCard = "", string readinessCard = "")
    {
        var action = $"/tickets/{Segment(t.Source)}/{Segment(t.Id)}/decisions";
        var similar = new StringBuilder();
        foreach (var s in t.Similar)
        {
            similar.Append($"""
                <tr>
                  <td><a href="/tickets/{Segment(t.Source)}/{Segment(s.Id)}">{E(s.Id)}</a></td>
                  <td>{E(s.Subject)}</td>
                  <td>{E(s.Service)}</td>
                  <td>{E(s.Status)}</td>
                  <td>{Percent(s.Probability)}</td>
                  <td class="signals">{E(string.Join("; ", s.Reasons))}</td>
                  <td>
                    <form method="post" action="{action}" class="inline">
                      {antiforgeryField}
                      <input type="hidden" name="kind" value="{TriageDecisionKinds.NotDuplicate}">
                      <input type="hidden" name="value" value="{E(s.Id)}">
                      <button type="submit">Not a duplicate</button>
                    </form>
                    <form method="post" action="{action}" class="inline same-bug">
                      {antiforgeryField}
                      <input type="hidden" name="kind" value="{TriageDecisionKinds.SameBug}">
                      <input type="hidden" name="value" value="{E(s.Id)}">
                      <button type="submit" title="Same bug: move this ticket into {E(s.Id)}'s group at the next grouping">Move to its group</button>
                    </form>
                  </td>
                </tr>
                """);
        }

        var history = new StringBuilder();
        foreach (var d in t.Decisions)
        {
            history.Append($"""
                <tr><td>{E(d.DecidedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}</td><td>{E(d.DecidedBy)}</td><td>{E(d.Kind)}</td><td>{E(d.Value)}</td><td class="muted">{E(d.ShownOwners)}</td></tr>
                """);
        }

        if (t.Decisions.Count == 0)
        {
            history.Append("""<tr><td colspan="5" class="muted">No decisions yet.</td></tr>""");
        }

        var top = t.Suggestions.Count > 0 ? t.Suggestions[0].Owner : null;
        return $"""
            <p><a href="/">← Inbox</a></p>
            <h1 id="subject">{E(t.Subject)}</h1>
            <p class="muted">{E(string.Join(" · ", new[] { t.Source, t.Id, t.Customer, t.Product, t.Team, t.Status, "opened " + t.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) }.Where(p => !string.IsNullOrEmpty(p))))}</p>
            <div class="card body" id="body">{E(t.Body)}</div>
            <div class="card">
              <h2>Suggested owner</h2>
              {(t.RoutedTo is null ? "" : $"""<p><span class="badge decided" id="routed">routed to {E(t.RoutedTo)} by {E(t.RoutedBy)}</span></p>""")}
              {(t.NeedsHumanTriage ? """<span class="badge human">needs human triage</span>""" : "")}{(t.OutOfScope ? """<span class="badge scope">out of scope</span>""" : "")}
              {InboxHtml.Owners(t.Suggestions)}
              {Explanation(t.Explanation)}
              {Priority(t.SuggestedPriority, t.Priority)}
              <div class="actions">
                {(top is null ? "" : $"""
                <form method="post" action="{action}" id="accept">
                  {antiforgeryField}
                  <input type="hidden" name="kind" value="{TriageDecisionKinds.Accept}">
                  <button type="submit" class="primary">Accept {E(top)}</button>
                </form>
                """)}
                <form method="post" action="{action}" id="choose">
                  {antiforgeryField}
                  <input type="hidden" name="kind" value="{TriageDecisionKinds.Choose}">
                  <label>Another owner <select name="value">{string.Concat(t.Services.Select(s => $"""<option value="{E(s)}">{E(s)}</option>"""))}</select></label>
                  <button type="submit">Route</button>
                </form>
              </div>
            </div>
            <div class="card">
              <h2>Recurring group</h2>
              <p id="group">{(t.GroupLabel is null || t.GroupId is null ? """<span class="muted">none</span>""" : $"""<a href="/groups/{Segment(t.GroupId)}">{E(t.GroupLabel)}</a>""")}</p>
              {(t.GroupId is null ? "" : $"""
              <form method="post" action="{action}" id="split">
                {antiforgeryField}
                <input type="hidden" name="kind" value="{TriageDecisionKinds.Split}">
                <input type="hidden" name="value" value="{E(t.GroupId)}">
                <button type="submit">Split from group {E(t.GroupId)}</button>
                <span class="muted">takes this ticket out of the group at the next grouping; "Move to its group" below puts it in another</span>
              </form>
              """)}
            </div>
            {readinessCard}
            {fitCard}
            <h2>Similar earlier tickets</h2>
            <table id="similar">
              <thead><tr><th>Ticket</th><th>Subject</th><th>Service</th><th>State</th><th>Likelihood</th><th>Signals that matched</th><th></th></tr></thead>
              <tbody>
            {similar}
              </tbody>
            </table>
            <h2>Decisions</h2>
            <table id="decisions">
              <thead><tr><th>When</th><th>Who</th><th>What</th><th>Value</th><th>Owners shown</th></tr></thead>
              <tbody>
            {history}
              </tbody>
            </table>
            """;
    }

    private static string Explanation(OwnerExplanation? why) => why is null
        ? ""
        : $"""<p id="explanation">Why {E(why.Owner)}: {string.Join(", ", why.Terms.Select(term => $"<span class=\"term\">{E(term)}</span>"))} <span class="muted">({E(why.ModelVersion)})</span></p>""";

    /// <summary>The suggested priority beside the ticket's own (the model never reads the latter).</summary>
    private static string Priority(Reporting.Analytics.Priority.PriorityAdvice? advice, string? current)
    {
        if (advice?.Best is null)
            return "";
        var own = string.IsNullOrEmpty(current) ? "" : $""" <span class="muted">(set: {E(current)})</span>""";
        return advice.Abstained
            ? $"""<p id="priority">Priority: <span class="badge human">needs a person</span> <span class="muted">best guess {E(advice.Best)} {Percent(advice.Probability)}</span>{own}</p>"""
            : $"""<p id="priority">Suggested priority: <strong>{E(advice.Priority)}</strong> <span class="muted">{Percent(advice.Probability)}</span>{own}</p>""";
    }
}
