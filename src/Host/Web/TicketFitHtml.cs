using System.Globalization;
using Reporting.Analytics.RotationFit;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>"Fits in this rotation": a card on the ticket page and a small marker in the inbox.</summary>
public static class TicketFitHtml
{
    public static string Card(TicketFit? fit)
    {
        if (fit is null)
        {
            return "";
        }

        var range = fit.Range is { } r
            ? $"""<p id="fit-range">Time to resolve: <strong>{E(RotationFitRule.Days(r.LowDays))}–{E(RotationFitRule.Days(r.HighDays))}</strong> <span class="muted">(median {E(RotationFitRule.Days(r.MedianDays))}; 8 in 10 fall in this range; from {r.SampleCount} {E(Basis(r.Basis))})</span></p>"""
            : """<p id="fit-range" class="muted">Too few resolved tickets to estimate the time to resolve.</p>""";
        var effort = fit.Effort is { } e
            ? string.Create(CultureInfo.InvariantCulture, $"""<p id="fit-effort">Tracked effort of similar tickets: {e.LowHours:0.#}–{e.HighHours:0.#} h <span class="muted">(median {e.MedianHours:0.#} h, {e.SampleCount} tickets)</span></p>""")
            : "";
        var rotation = fit.RotationEndsAt is { } end
            ? $"""<p class="muted">Team {E(fit.Team)}: {E(fit.RotationEngineer)} on rotation until {end.ToString("ddd yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}</p>"""
            : "";
        return $"""
            <div class="card" id="fit">
              <h2>Fits in this rotation?</h2>
              <p>{Marker(fit)} <span id="fit-reason">{E(fit.Reason)}</span></p>
              {range}{effort}{rotation}
            </div>
            """;
    }

    /// <summary>The verdict as a badge; empty for a ticket with nothing to say.</summary>
    public static string Marker(TicketFit? fit) => fit?.Verdict switch
    {
        RotationVerdict.Fits => $"""<span class="badge fit-fits" title="{E(fit.Reason)}">fits this rotation</span>""",
        RotationVerdict.Tight => $"""<span class="badge fit-tight" title="{E(fit.Reason)}">tight for this rotation</span>""",
        RotationVerdict.Backlog => $"""<span class="badge fit-backlog" title="{E(fit.Reason)}">team backlog</span>""",
        RotationVerdict.Unknown => $"""<span class="badge fit-unknown" title="{E(fit.Reason)}">fit unknown</span>""",
        _ => "",
    };

    /// <summary>The inbox marker for one row: the verdict with the range in its tooltip.</summary>
    public static string InboxMarker(IReadOnlyDictionary<string, TicketFit>? fits, string id) =>
        fits is not null && fits.TryGetValue(id, out var fit) && fit.Verdict != RotationVerdict.Unknown ? "<div>" + Marker(fit) + "</div>" : "";

    private static string Basis(RangeBasis basis) => basis switch
    {
        RangeBasis.SimilarTickets => "similar resolved tickets",
        RangeBasis.Service => "resolved tickets of its service",
        RangeBasis.Team => "resolved tickets of its team",
        _ => "resolved tickets",
    };
}
