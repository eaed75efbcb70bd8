using System.Globalization;
using Reporting.Analytics.Expertise;
using Reporting.Reports.Documents;
using Reporting.Reports.Rendering;

namespace Reporting.Reports.Capacity;

/// <summary>
/// A team's services in the capacity report: tickets, the three people with the largest share of recent work, and the
/// bus factor, flagged when one person covers the service, so a rotation can plan who learns it next.
/// </summary>
public static class ExpertiseTable
{
    public const string Heading = "Who knows its services";
    public const int TopPeople = 3;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void Add(DocumentBuilder doc, string team, IReadOnlyList<ServiceExpertise> expertise)
    {
        var services = expertise.Where(s => string.Equals(s.Team, team, StringComparison.Ordinal)).ToList();
        if (services.Count == 0)
        {
            return;
        }

        var atRisk = services.Count(s => s.AtRisk);
        doc.Heading(Heading, 2).KeepWithNext()
            .Table(t => t
                .Column("Service", ColumnWidth.Relative(2))
                .Column("Tickets", ColumnWidth.Fixed(48), CellAlignment.Right)
                .Column("Top people (share of recent work)", ColumnWidth.Relative(5))
                .Column("Bus factor", ColumnWidth.Fixed(72), CellAlignment.Right)
                .Rows(services.Select(Row)))
            .Paragraph(string.Create(C,
                $"Tickets created in the {ExpertiseMap.DefaultWeeks} weeks to the period's end; work weighs half after {ExpertiseMap.HalfLifeDays / 7:N0} weeks. Bus factor: the fewest people who handled {ExpertiseMap.Coverage:P0} of a service's tickets; {atRisk:N0} of {services.Count:N0} services rest on one person."));
    }

    private static string[] Row(ServiceExpertise s) =>
    [
        s.Service,
        s.Tickets.ToString("N0", C),
        s.People.Count == 0 ? "nobody" : string.Join(", ", s.People.Take(TopPeople).Select(p => $"{p.Person} {FigureFormat.Share(p.Share)}")),
        s.BusFactor is null ? "–" : s.AtRisk ? "1 · at risk" : s.BusFactor.Value.ToString(C),
    ];
}
