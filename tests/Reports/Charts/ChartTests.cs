using System.Globalization;
using Reporting.Reports.Charts;
using Reporting.Reports.Documents;
using Reporting.Warehouse.Calendar;
using ScottPlot;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

using Reporting.Reports.Tests.Documents;

namespace Reporting.Reports.Tests.Charts;

public sealed class ChartTests
{
    [Fact]
    public void Charts_are_vectors_their_axis_labels_are_text_not_images()
    {
        using var pdf = PdfDocument.Open(PdfRenderer.ToBytes(DocumentLayoutEngine.Layout(TestDocuments.WithCharts())));

        string text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("AxisTickets", text, StringComparison.Ordinal);
        Assert.Contains("AxisHours", text, StringComparison.Ordinal);
        Assert.Contains("AxisTicketCount", text, StringComparison.Ordinal);
        Assert.Contains("Tickets per week", text, StringComparison.Ordinal);
        Assert.Contains("W41", text, StringComparison.Ordinal);
        Assert.All(pdf.GetPages(), page => Assert.Empty(page.GetImages()));
    }

    [Fact]
    public void A_chart_is_drawn_once_not_twice_on_its_first_render()
    {
        using var pdf = PdfDocument.Open(PdfRenderer.ToBytes(DocumentLayoutEngine.Layout(
            TestDocuments.Builder().Chart(TestDocuments.FlowChart("Once only"), 220).Build())));

        string text = pdf.GetPage(1).Text;
        Assert.Equal(1, CountOf(text, "Once only"));
        Assert.Equal(1, CountOf(text, "AxisTickets"));
    }

    [Fact]
    public void Chart_text_uses_the_embedded_noto_sans_faces()
    {
        using var pdf = PdfDocument.Open(PdfRenderer.ToBytes(DocumentLayoutEngine.Layout(
            TestDocuments.Builder().Chart(TestDocuments.FlowChart(), 220).Build())));

        IReadOnlyList<Letter> letters = pdf.GetPage(1).Letters;
        Assert.NotEmpty(letters);
        Assert.All(letters, letter => Assert.Contains("NotoSans", letter.FontName, StringComparison.Ordinal));
        Assert.Contains(letters, letter => letter.FontName?.Contains("Bold", StringComparison.Ordinal) == true); // bold chart title
    }

    [Fact]
    public void Value_axes_start_at_zero()
    {
        Plot weekly = TestDocuments.FlowChart();
        Plot stacked = StackedWeeklyChart.Build(IsoWeek.Sequence(new IsoWeek(2026, 1), 3), [new ChartSeries("a", [100, 110, 120])]);
        Plot ranked = RankedBarChart.Build([new CategoryValue("x", 500), new CategoryValue("y", 400)]);

        Assert.Equal(0, weekly.Axes.GetLimits().Bottom);
        Assert.Equal(0, stacked.Axes.GetLimits().Bottom);
        Assert.Equal(0, ranked.Axes.GetLimits().Left);
    }

    [Fact]
    public void Line_style_and_odd_series_data_do_not_crash()
    {
        var weeks = IsoWeek.Sequence(new IsoWeek(2026, 50), 6);
        Plot[] plots =
        [
            WeeklyComparisonChart.Build(weeks, [new ChartSeries("a", [1, double.NaN, 3]), new ChartSeries("b", [])], SeriesStyle.Lines),
            WeeklyComparisonChart.Build([], []),
            StackedWeeklyChart.Build(weeks, [new ChartSeries("neg", [-5, double.PositiveInfinity, 4, 4, 4, 4, 4, 4])], firstForecastIndex: 99),
            StackedWeeklyChart.Build(weeks, [], firstForecastIndex: -3),
            RankedBarChart.Build([], top: 0),
            RankedBarChart.Build([new CategoryValue(null, double.NaN), new CategoryValue("ok", 1)], top: 5),
        ];

        DocumentBuilder builder = TestDocuments.Builder();
        foreach (Plot plot in plots)
        {
            builder.Chart(plot, 150);
        }

        DocumentLayout layout = DocumentLayoutEngine.Layout(builder.Build());
        Assert.NotEmpty(PdfRenderer.ToBytes(layout));
        Assert.NotEmpty(PngRenderer.Render(layout, 36));
    }

    [Fact]
    public void A_series_key_always_gets_the_same_colour()
    {
        // Pinned values: if these change, every team's colour in every past report changes with them.
        Assert.Equal(SeriesColors.For("Billing"), SeriesColors.For(" billing "));
        Assert.Equal("#F0E442", SeriesColors.For("Billing").ToHex(), ignoreCase: true);
        Assert.Equal("#56B4E9", SeriesColors.For("Mobile").ToHex(), ignoreCase: true);
        Assert.Contains(SeriesColors.For("Billing"), OkabeIto.Instance.Colors);
        Assert.Equal("#0072B2", SeriesColors.For("Inflow").ToHex(), ignoreCase: true);
        Assert.Equal("#D55E00", SeriesColors.For("Resolved").ToHex(), ignoreCase: true);
    }

    [Fact]
    public void Colours_assigned_together_are_distinct_and_independent_of_order()
    {
        string[] teams = ["Billing", "Onboarding", "Integrations", "Mobile", "Platform", "Payments", "Search"];

        var forward = SeriesColors.Assign(teams);
        var backward = SeriesColors.Assign(teams.Reverse());

        Assert.Equal(teams.Length, forward.Values.Distinct().Count());
        Assert.All(teams, team => Assert.Equal(forward[team], backward[team]));
    }

    [Theory]
    [InlineData("2026-11-16", 2026, 47)]
    [InlineData("2026-11-22", 2026, 47)]
    [InlineData("2027-01-01", 2026, 53)]
    [InlineData("2024-12-30", 2025, 1)]
    public void Iso_weeks_follow_iso_8601(string date, int year, int week)
    {
        IsoWeek iso = IsoWeek.Of(DateOnly.Parse(date, CultureInfo.InvariantCulture));

        Assert.Equal(new IsoWeek(year, week), iso);
        Assert.Equal($"{year}-W{week:00}", iso.ToString());
    }

    [Fact]
    public void Week_labels_show_the_year_at_the_start_and_where_it_changes()
    {
        var weeks = IsoWeek.Sequence(new IsoWeek(2026, 51), 5);

        Assert.Equal(["2026-W51", "W52", "W53", "2027-W01", "W02"], IsoWeekAxis.Labels(weeks));
        Assert.Equal(["W51", "W52", "W53", "W01", "W02"], IsoWeekAxis.Labels(weeks, IsoWeekLabels.Short));
        Assert.Equal(["2026-W51", "2026-W52", "2026-W53", "2027-W01", "2027-W02"], IsoWeekAxis.Labels(weeks, IsoWeekLabels.Full));
    }

    [Fact]
    public void Week_labels_are_thinned_to_the_maximum()
    {
        var labels = IsoWeekAxis.Labels(IsoWeek.Sequence(new IsoWeek(2026, 1), 52), maxLabels: 13);

        Assert.Equal(52, labels.Count);
        Assert.True(labels.Count(l => l.Length > 0) <= 13);
        Assert.Equal("2026-W01", labels[0]);
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
