using Reporting.Reports.Charts;
using Reporting.Reports.Documents;
using Reporting.Warehouse.Calendar;
using ScottPlot;

namespace Reporting.Reports.Tests.Documents;

/// <summary>Documents shared by the tests. Each call builds fresh plots: a Plot must not be shared between documents.</summary>
internal static class TestDocuments
{
    public static readonly DateTimeOffset Created = new(2026, 11, 23, 8, 30, 0, TimeSpan.Zero);

    public static DocumentMetadata Metadata(string title = "Test report") =>
        new(title, Created, "Reporting tests", "Layer tests", "Reporting.Reports.Tests");

    public static DocumentBuilder Builder(string title = "Test report") => new(Metadata(title));

    public static string Filler(int sentences) => string.Join(' ', Enumerable.Range(0, sentences)
        .Select(i => $"Sentence {i} describes the support backlog in a little more detail than strictly needed."));

    /// <summary>A table with distinctive header names and enough rows to run over at least two pages.</summary>
    public static DocumentDefinition LongTable(int rows = 90, bool header = false) =>
        (header ? Builder().Header("Running header", "Right side") : Builder())
            .Heading("Table report")
            .Table(t =>
            {
                t.Column("HdrTicket", ColumnWidth.Fixed(70))
                    .Column("HdrTitle", ColumnWidth.Relative(3))
                    .Column("HdrCount", ColumnWidth.Fixed(60), CellAlignment.Right);
                for (int i = 0; i < rows; i++)
                {
                    t.Row($"T-{i:000}", $"Row title {i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            })
            .Build();

    public static Plot FlowChart(string title = "Tickets per week") => WeeklyComparisonChart.Build(
        IsoWeek.Sequence(new IsoWeek(2026, 40), 8),
        [new ChartSeries("Inflow", [5, 8, 13, 21, 34, 21, 13, 8]), new ChartSeries("Resolved", [4, 9, 12, 20, 30, 25, 15, 9])],
        title: title,
        valueLabel: "AxisTickets");

    public static DocumentDefinition WithCharts() => Builder("Chart report")
        .Heading("Charts")
        .Chart(FlowChart(), 220)
        .Chart(StackedWeeklyChart.Build(
            IsoWeek.Sequence(new IsoWeek(2026, 44), 6),
            [new ChartSeries("Effective", [30, 31, 29, 30, 28, 30]), new ChartSeries("Support", [5, 6, 5, 4, 6, 5]), new ChartSeries("Rotation", [3, 3, 4, 3, 3, 3])],
            firstForecastIndex: 4,
            title: "Capacity",
            valueLabel: "AxisHours"), 220)
        .Chart(RankedBarChart.Build(
            [new CategoryValue("Billing", 40), new CategoryValue("Login", 25), new CategoryValue("Export", 12)],
            title: "Top categories",
            valueLabel: "AxisTicketCount"), 180)
        .Build();
}
