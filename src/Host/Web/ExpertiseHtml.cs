using System.Globalization;
using Reporting.Analytics.Expertise;
using Reporting.Host.Application.Expertise;
using Reporting.Reports.Rendering;
using Reporting.Warehouse.Calendar;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>A team page's "Who knows its services" section: the same figures as /api/services/{service}/experts.</summary>
public static class ExpertiseHtml
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string RenderSection(ExpertiseMapAnswer map)
    {
        var rows = map.Services.Count == 0
            ? """<tr><td colspan="4" class="muted">No tickets with a service in the period.</td></tr>"""
            : string.Concat(map.Services.Select(Row));
        return $"""
            <h2 id="experts">Who knows its services</h2>
            <table id="expertise">
              <thead><tr><th>Service</th><th class="num">Tickets</th><th>Top people (share of recent work)</th><th class="num">Bus factor</th></tr></thead>
              <tbody>
            {rows}
              </tbody>
            </table>
            <p class="muted">{E(string.Create(C,
                $"Tickets created in weeks {IsoWeek.Of(map.Period.From)} to {IsoWeek.Of(map.Period.To)}; a person handled a ticket as its assignee or by commenting on it; work weighs half after {ExpertiseMap.HalfLifeDays / 7:N0} weeks. Bus factor: the fewest people who handled {ExpertiseMap.Coverage:P0} of a service's tickets."))}</p>
            """;
    }

    private static string Row(ServiceExpertise s)
    {
        var people = s.People.Count == 0 ? "nobody" : string.Join(", ", s.People.Select(p => $"{p.Person} {FigureFormat.Share(p.Share)}"));
        var bus = s.BusFactor is null ? "–" : s.BusFactor.Value.ToString(C);
        var risk = s.AtRisk ? """ class="at-risk" """ : "";
        return $"""
            <tr{risk} data-service="{E(s.Service)}"><td>{E(s.Service)}</td><td class="num">{s.Tickets.ToString("N0", C)}</td><td class="people">{E(people)}</td><td class="num bus-factor">{E(bus)}{(s.AtRisk ? " <span class=\"muted\">one person</span>" : "")}</td></tr>
            """;
    }
}
