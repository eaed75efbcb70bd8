using Reporting.Host.Application.Readiness;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>Triage readiness: the checklist with the questions to ask on the ticket page, a score badge in the inbox.</summary>
public static class ReadinessHtml
{
    public static string Card(TicketReadiness? readiness)
    {
        if (readiness is null)
        {
            return "";
        }

        var items = string.Concat(readiness.Items.Select(i => i.Present
            ? $"""<li class="ready" data-item="{E(i.Key)}">✓ {E(i.Title)} <span class="muted">{E(i.Evidence ?? i.Cue)}</span></li>"""
            : $"""<li class="missing" data-item="{E(i.Key)}">✗ {E(i.Title)}</li>"""));
        var questions = readiness.Questions.Count == 0
            ? """<p class="muted">Nothing to ask: the ticket has all a team needs.</p>"""
            : $"""<p>Ask the reporter:</p><ul id="readiness-questions">{string.Concat(readiness.Questions.Select(q => $"<li>{E(q)}</li>"))}</ul>""";
        return $"""
            <div class="card" id="readiness">
              <h2>Ready for the team? <span class="badge readiness" id="readiness-score">{readiness.Score}/{readiness.Total}</span></h2>
              <ul class="checklist">{items}</ul>
              {questions}
            </div>
            """;
    }

    /// <summary>"4/6 ready", titled with what is missing; empty when the ticket was not assessed.</summary>
    public static string Badge(IReadOnlyDictionary<(string Source, string Id), TicketReadiness>? readiness, string source, string id) =>
        readiness is not null && readiness.TryGetValue((source, id), out var r)
            ? $"""<span class="badge readiness" title="{E(r.Items.Count(i => !i.Present) == 0 ? "ready" : "missing: " + string.Join(", ", r.Items.Where(i => !i.Present).Select(i => i.Title)))}">{r.Score}/{r.Total} ready</span>"""
            : "";
}
