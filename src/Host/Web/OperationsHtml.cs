using System.Globalization;
using System.Text;
using Reporting.Host.Application.Operations;
using Reporting.Host.Email;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>The operations pages' content: the sources table, the deliveries table and the rejects browser.</summary>
public static class OperationsHtml
{
    /// <summary>Characters of a source's last error shown on the page; the error is in <c>ingest_runs</c> whole.</summary>
    public const int ErrorShown = 500;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Render(OperationsView view)
    {
        var sources = new StringBuilder();
        foreach (var s in view.Sources)
        {
            var error = s.LastError is null
                ? """<span class="muted">none</span>"""
                : $"""<div class="error">{E(Shorten(s.LastError, ErrorShown))}</div><div class="muted">{When(s.LastErrorAt)}{(s.LastSucceededAt > s.LastErrorAt ? " · a later run succeeded" : "")}</div>""";
            sources.Append(C, $"""
                <tr data-source="{E(s.Name)}">
                  <td>{E(s.Name)}<div class="muted">{E(s.Kind ?? s.LastRunKind)}</div></td>
                  <td class="last-run">{(s.LastRun is null ? "–" : $"{E(s.LastRunKind)} run {s.LastRun} · <span class=\"status\">{E(s.LastRunStatus)}</span><div class=\"muted\">{When(s.LastRunAt)} · {s.LastRunRead:N0} read, {s.LastRunRejected:N0} rejected</div>")}</td>
                  <td class="watermark">{(s.Watermark is null ? """<span class="muted">none (files)</span>""" : $"<code>{E(s.Watermark)}</code><div class=\"muted\">{When(s.WatermarkAt)}</div>")}</td>
                  <td class="last-error">{error}</td>
                  <td class="num rejects">{(s.Rejects == 0 ? "0" : $"<a href=\"/operations/rejects?source={E(Uri.EscapeDataString(s.Name))}\">{s.Rejects:N0}</a>")}</td>
                </tr>
                """);
        }

        if (view.Sources.Count == 0)
        {
            sources.Append("""<tr><td colspan="5" class="muted">Nothing ingested yet.</td></tr>""");
        }

        var deliveries = new StringBuilder();
        foreach (var d in view.Deliveries)
        {
            deliveries.Append(C, $"""
                <tr data-delivery="{E(d.Subscription)}/{E(d.Week)}"><td>{E(d.Week)}</td><td>{E(d.Subscription)}</td><td class="state state-{E(d.Status.ToString().ToLowerInvariant())}">{E(StateWords(d.Status))}</td><td class="num">{d.Attempts}</td><td>{When(d.UpdatedAt)}</td><td class="muted">{E(d.Detail is null ? "" : Shorten(d.Detail, ErrorShown))}</td></tr>
                """);
        }

        if (view.Deliveries.Count == 0)
        {
            deliveries.Append("""<tr><td colspan="6" class="muted">No digest has been due yet.</td></tr>""");
        }

        var more = view.SourceCount > view.Sources.Count
            ? string.Create(C, $"""<p class="muted">{view.Sources.Count:N0} of {view.SourceCount:N0} sources shown, the most recently run.</p>""")
            : "";
        return $"""
            <h1>Operations</h1>
            <p><a href="/hangfire" id="dashboard">Job dashboard</a> <span class="muted">(schedules, running and failed jobs)</span> ·
               <a href="/operations/rejects">Rejects</a> <span class="muted">({view.Rejects.ToString("N0", C)} in all)</span></p>
            <h2>Sources</h2>
            <table id="sources">
              <thead><tr><th>Source</th><th>Last run</th><th>Watermark</th><th>Last error</th><th class="num">Rejects</th></tr></thead>
              <tbody>
            {sources}
              </tbody>
            </table>
            {more}
            <h2>Digest deliveries <span class="muted">· the {view.DeliveriesShown} most recent</span></h2>
            <table id="deliveries">
              <thead><tr><th>Week</th><th>Product manager</th><th>State</th><th class="num">Attempts</th><th>Changed</th><th>Detail</th></tr></thead>
              <tbody>
            {deliveries}
              </tbody>
            </table>
            """;
    }

    public static string RenderRejects(RejectsView view)
    {
        var r = view.Request;
        var rows = new StringBuilder();
        foreach (var x in view.Rejects)
        {
            var size = x.RawChars > RejectsRequest.RawShown
                ? string.Create(C, $"first {RejectsRequest.RawShown:N0} of {x.RawChars:N0} characters")
                : string.Create(C, $"{x.RawChars:N0} characters");
            rows.Append(C, $"""
                <tr>
                  <td>{E(x.Source)}<div class="muted">run {x.Run}</div></td>
                  <td class="where">{E(x.Input)}:{x.Line}{(x.Field.Length == 0 ? "" : $"<div class=\"muted\">{E(x.Field)}</div>")}</td>
                  <td class="reason">{E(x.Reason)}</td>
                  <td>{(x.RawStart is null ? """<span class="muted">no text</span>""" : $"""<pre class="raw">{E(x.RawStart)}</pre><div class="muted raw-size">{size}</div>""")}</td>
                </tr>
                """);
        }

        if (view.Rejects.Count == 0)
        {
            rows.Append("""<tr><td colspan="4" class="muted">No rejects.</td></tr>""");
        }

        var first = (long)(r.Page - 1) * r.PageSize + 1;
        var last = Math.Min(view.Total, first + view.Rejects.Count - 1);
        return $"""
            <p><a href="/operations">← Operations</a></p>
            <h1>Rejects <span class="muted">· {view.Total.ToString("N0", C)}{(r.Source is null ? "" : $" from {E(r.Source)}")}</span></h1>
            <p class="muted">Records ingest could not read, newest run first. <code>reporting rejects --csv FILE</code> exports them whole to fix and ingest again.</p>
            <form method="get" action="/operations/rejects" class="filters">
              <label>Source<select name="source"><option value="">any</option>{string.Concat(view.Sources.Select(s =>
                  $"""<option value="{E(s)}"{(s == r.Source ? " selected" : "")}>{E(s)}</option>"""))}</select></label>
              <input type="hidden" name="size" value="{r.PageSize}">
              <button type="submit">Show</button>
            </form>
            <table id="rejects">
              <thead><tr><th>Source</th><th>Where</th><th>Reason</th><th>Raw text</th></tr></thead>
              <tbody>
            {rows}
              </tbody>
            </table>
            <div class="pager">
              {(r.Page > 1 ? $"""<a rel="prev" href="{PageLink(r, r.Page - 1)}">← Previous</a>""" : "")}
              <span class="muted">{(view.Rejects.Count == 0 ? "None" : string.Create(C, $"{first:N0}–{last:N0} of {view.Total:N0}"))} · page {r.Page} of {view.Pages}</span>
              {(r.Page < view.Pages ? $"""<a rel="next" href="{PageLink(r, r.Page + 1)}">Next →</a>""" : "")}
            </div>
            """;
    }

    /// <summary>The state of a delivery in words.</summary>
    public static string StateWords(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => "being prepared",
        DeliveryStatus.Sending => "being handed over",
        DeliveryStatus.Sent => "sent",
        DeliveryStatus.RetryScheduled => "waiting for a retry",
        DeliveryStatus.Failed => "failed for good",
        DeliveryStatus.Unknown => "outcome unknown (resend with --force)",
        DeliveryStatus.NoData => "waiting for data",
        _ => status.ToString(),
    };

    private static string When(DateTime? at) => at is null ? "–" : E(at.Value.ToString("yyyy-MM-dd HH:mm 'UTC'", C));

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "\u2026";

    private static string PageLink(RejectsRequest r, int page) =>
        E(string.Create(C, $"/operations/rejects?{(r.Source is null ? "" : $"source={Uri.EscapeDataString(r.Source)}&")}page={page}&size={r.PageSize}"));
}
