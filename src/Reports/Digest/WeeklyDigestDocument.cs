using Reporting.Analytics.Digest;
using System.Globalization;
using Reporting.Analytics.Capacity;
using Reporting.Reports.Capacity;
using Reporting.Reports.Charts;
using Reporting.Reports.Documents;
using Reporting.Reports.Outlook;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;
using Reporting.Warehouse.Calendar;

namespace Reporting.Reports.Digest;

/// <summary>
/// Describes a PM's weekly digest: headline tiles, what changed, capacity with the forecast, flow, release bug
/// tails, recurring bugs, bounced tickets, after the next two weeks that open it. Owner-suggestion figures are for
/// leads (the Leads page and the capacity report's appendix), not here. Content only; the document layer lays it out.
/// Ticket text is masked before it is quoted.
/// </summary>
public static class WeeklyDigestDocument
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static DocumentDefinition Build(WeeklyDigest d, DateTimeOffset created, TextMasker masker)
    {
        var s = d.Subscription;
        var title = $"Weekly digest {d.Week} — {string.Join(", ", s.Teams)}";
        var doc = new DocumentBuilder(new DocumentMetadata(title, created, Author: "Reporting", Subject: $"Support and capacity for {s.PmName}, {d.Week}", Creator: "Reporting"))
            .PageSize(PageSize.A4)
            .Margins(PageMargins.Uniform(44))
            .Header("Weekly digest", $"{d.Week} · {s.PmName}")
            .Footer($"Generated {created.UtcDateTime:yyyy-MM-dd HH:mm} UTC from the support warehouse")
            .Heading($"{d.Week}: {string.Join(" and ", s.Teams)}")
            .Paragraph($"For {s.PmName}, after the week of {d.Week.Monday:d MMMM} to {d.Week.Sunday:d MMMM yyyy}. Figures cover the teams you own; capacity is in engineering hours.");
        NextTwoWeeksSection.Add(doc, d.Outlook, masker);
        doc.Heading($"What changed last week ({WeekWords.Of(d.Week)})", 2)
            .KeyFigures(Tiles(d))
            .Bullets(WhatChanged.Write(d).Select(masker.Mask));

        AddCapacity(doc, d);
        AddFlow(doc, d);
        AddReleaseTails(doc, d);
        AddRecurring(doc, d, masker);
        AddBounced(doc, d, masker);
        Glossary.Add(doc);
        return doc.Build();
    }

    private static KeyFigure[] Tiles(WeeklyDigest d)
    {
        var now = d.ThisWeek;
        var before = d.LastWeek;
        return
        [
            new("New tickets", FigureFormat.Count(now.Opened), FigureFormat.Delta(now.Opened, before.Opened), Direction(now.Opened, before.Opened, higherIsBetter: false)),
            new("Resolved", FigureFormat.Count(now.Resolved), FigureFormat.Delta(now.Resolved, before.Resolved), Direction(now.Resolved, before.Resolved, higherIsBetter: true)),
            new("Backlog", FigureFormat.Count(now.Backlog), FigureFormat.Delta(now.Backlog, before.Backlog), Direction(now.Backlog, before.Backlog, higherIsBetter: false)),
            new("Median time to resolve", FigureFormat.Duration(now.MedianResolutionHours),
                now.MedianResolutionHours is { } a && before.MedianResolutionHours is { } b ? FigureFormat.Delta(a, b, "h") : "no resolutions",
                now.MedianResolutionHours is { } x && before.MedianResolutionHours is { } y ? Direction(x, y, higherIsBetter: false) : Trend.Neutral),
            new("Left for planned work", FigureFormat.Share(now.EffectiveShare), FigureFormat.Delta(now.EffectiveShare, before.EffectiveShare, "pp"),
                Direction(now.EffectiveShare, before.EffectiveShare, higherIsBetter: true)),
        ];
    }

    private static void AddCapacity(DocumentBuilder doc, WeeklyDigest d)
    {
        doc.Heading("Capacity: what support takes, and what is left", 2)
            .Paragraph("Each bar is a team's hours: green is left for planned work, red is support by teammates off rotation, purple is overflow they took on beyond what the engineer on rotation could, orange is the engineer on rotation. The shaded weeks are the forecast.")
            .KeepWithNext();
        foreach (var team in d.Capacity.GroupBy(w => w.Team))
        {
            doc.Chart(CapacityChart.Build(team.ToList(), $"{team.Key}: hours per week"), 175);
        }
    }

    private static void AddFlow(DocumentBuilder doc, WeeklyDigest d)
    {
        var history = d.Capacity.Where(w => !w.Forecast).GroupBy(w => w.WeekStart).OrderBy(g => g.Key).ToList();
        var weeks = history.Select(g => IsoWeek.Of(g.Key)).ToList();
        doc.Heading("Tickets in and out", 2)
            .Chart(WeeklyComparisonChart.Build(weeks,
                [
                    new ChartSeries("Opened", history.Select(g => (double)g.Sum(w => w.TicketsOpened)).ToList(), ReportColors.Inflow),
                    new ChartSeries("Resolved", history.Select(g => (double)g.Sum(w => w.TicketsResolved)).ToList(), ReportColors.Resolved),
                ],
                title: "Tickets per week", valueLabel: "Tickets"), 150);

        // Percentiles do not add up across teams: they are computed over all the PM's tickets.
        var times = d.Times.ToList();
        if (times.Any(t => t.FirstResponseP50 is not null || t.ResolutionP50 is not null))
        {
            // Two charts: resolution takes days, first response hours; one axis would flatten the faster one.
            var axis = times.Select(t => IsoWeek.Of(t.WeekStart)).ToList();
            static double Value(double? value, double scale) => value is { } v ? Math.Round(v / scale, 1) : double.NaN;
            doc.Chart(WeeklyComparisonChart.Build(axis,
                [
                    new ChartSeries("Median", times.Select(t => Value(t.FirstResponseP50, 1)).ToList(), ReportColors.FirstResponse),
                    new ChartSeries("90th percentile", times.Select(t => Value(t.FirstResponseP90, 1)).ToList(), ReportColors.FirstResponseSlowest),
                ],
                SeriesStyle.Lines, title: "Hours to first response (tickets opened that week)", valueLabel: "Hours"), 125);
            doc.Chart(WeeklyComparisonChart.Build(axis,
                [
                    new ChartSeries("Median", times.Select(t => Value(t.ResolutionP50, 24)).ToList(), ReportColors.Resolution),
                    new ChartSeries("90th percentile", times.Select(t => Value(t.ResolutionP90, 24)).ToList(), ReportColors.ResolutionSlowest),
                ],
                SeriesStyle.Lines, title: "Days to resolution (tickets resolved that week)", valueLabel: "Days"), 125);
        }
    }

    private static void AddReleaseTails(DocumentBuilder doc, WeeklyDigest d)
    {
        doc.Heading("Release bug tails", 2);
        if (d.ReleaseTails.Count == 0)
        {
            doc.Paragraph("No releases of your services in the last four weeks (or no releases.csv loaded).");
            return;
        }

        doc.Paragraph("Bug and incident tickets in the three weeks after each recent release, against the service's usual weekly rate: the cost of shipping and moving on.")
            .KeepWithNext()
            .Table(t => t
                .Column("Service", ColumnWidth.Relative(2))
                .Column("Version", ColumnWidth.Relative(1))
                .Column("Released", ColumnWidth.Relative(1))
                .Column("Week 1", ColumnWidth.Fixed(44), CellAlignment.Right)
                .Column("Week 2", ColumnWidth.Fixed(44), CellAlignment.Right)
                .Column("Week 3", ColumnWidth.Fixed(44), CellAlignment.Right)
                .Column("Usual / wk", ColumnWidth.Fixed(56), CellAlignment.Right)
                .Column("Excess", ColumnWidth.Fixed(48), CellAlignment.Right)
                .Column("Support", ColumnWidth.Fixed(56), CellAlignment.Right)
                .Rows(d.ReleaseTails.Take(6).Select(r => new[]
                {
                    r.Service, r.Version, r.ReleasedOn.ToString("d MMM", C),
                    Weeks(r, 0, d.Week), Weeks(r, 1, d.Week), Weeks(r, 2, d.Week),
                    r.BaselinePerWeek.ToString("N1", C), r.ExcessTickets.ToString("N0", C), FigureFormat.Hours(r.SupportHours),
                })));
    }

    // A tail week that has not happened yet is shown as such rather than as zero.
    private static string Weeks(ReleaseTail r, int index, IsoWeek digestWeek)
    {
        var start = r.ReleasedOn.AddDays(7 * index);
        if (start > digestWeek.Sunday || !r.Observed(index))
        {
            return "–";
        }

        return (index switch { 0 => r.Week0, 1 => r.Week1, _ => r.Week2 }).ToString("N0", C);
    }

    private static void AddRecurring(DocumentBuilder doc, WeeklyDigest d, TextMasker masker)
    {
        doc.Heading("Recurring bugs", 2);
        if (d.RecurringGroups is null)
        {
            doc.Paragraph("Recurring-bug groups have not been computed for this warehouse yet (`reporting duplicates cluster`).");
            return;
        }

        if (d.RecurringGroups.Count == 0)
        {
            doc.Paragraph("No recurring-bug group of your teams had tickets this week or last.");
            return;
        }

        // One list for chart and table, in the loader's impact order: the same groups, the same order.
        const int rows = 6;
        var shown = d.RecurringGroups.Take(rows).ToList();
        doc.Chart(RankedBarChart.Build(
            shown.Select(g => new CategoryValue(masker.Mask(g.Label), g.TicketsThisWeek)).ToList(),
            top: shown.Count, title: "Tickets this week", valueLabel: "Tickets", keepOrder: true), 40 + 18 * shown.Count);
        doc.Paragraph("Groups of tickets that report the same problem, each named after its most typical ticket. Most tickets this week first, then most customers affected, then fastest growing. "
                      + RecurringStateWords.Legend).KeepWithNext()
            .Table(t => t
                .Column("Problem", ColumnWidth.Relative(4))
                .Column("State", ColumnWidth.Fixed(60))
                .Column("This wk", ColumnWidth.Fixed(44), CellAlignment.Right)
                .Column("Last wk", ColumnWidth.Fixed(44), CellAlignment.Right)
                .Column("Total", ColumnWidth.Fixed(40), CellAlignment.Right)
                .Column("Customers", ColumnWidth.Fixed(56), CellAlignment.Right)
                .Column("Examples", ColumnWidth.Relative(2))
                .Rows(shown.Select(g => new[]
                {
                    masker.Mask(g.Label), RecurringStateWords.Name(g.State), g.TicketsThisWeek.ToString("N0", C), g.TicketsLastWeek.ToString("N0", C),
                    g.Tickets.ToString("N0", C), g.Customers.ToString("N0", C), string.Join(", ", g.ExampleTickets),
                })));
    }

    private static void AddBounced(DocumentBuilder doc, WeeklyDigest d, TextMasker masker)
    {
        doc.Heading("Tickets bounced between teams", 2);
        if (d.Bounced.Count == 0)
        {
            doc.Paragraph("No ticket changed team this week.");
            return;
        }

        doc.Table(t => t
            .Column("Ticket", ColumnWidth.Fixed(72))
            .Column("Subject", ColumnWidth.Relative(4))
            .Column("From", ColumnWidth.Relative(2))
            .Column("To", ColumnWidth.Relative(2))
            .Column("When", ColumnWidth.Fixed(64))
            .Rows(d.Bounced.Take(8).Select(b => new[] { b.TicketId, masker.Mask(b.Subject), b.FromTeam, b.ToTeam, b.At.ToString("ddd d MMM", C) })));
        if (d.Bounced.Count > 8)
        {
            doc.Paragraph(string.Create(C, $"…and {d.Bounced.Count - 8:N0} more ({string.Join(", ", d.Bounced.Skip(8).Take(12).Select(b => b.TicketId))}{(d.Bounced.Count > 20 ? ", …" : "")})."));
        }
    }

    private static Trend Direction(double now, double before, bool higherIsBetter)
    {
        if (Math.Abs(now - before) < 1e-9)
        {
            return Trend.Neutral;
        }

        return (now > before) == higherIsBetter ? Trend.Good : Trend.Bad;
    }
}
