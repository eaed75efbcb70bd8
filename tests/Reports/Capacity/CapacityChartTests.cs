using Reporting.Analytics.Capacity;
using Reporting.Reports.Capacity;
using Reporting.Reports.Documents;
using Reporting.Reports.Tests.Documents;
using UglyToad.PdfPig;

namespace Reporting.Reports.Tests.Capacity;

public sealed class CapacityChartTests
{
    [Fact]
    public void At_the_digests_width_the_legend_names_every_layer_and_the_forecast()
    {
        var monday = new DateOnly(2026, 10, 5);
        var weeks = Enumerable.Range(0, 10).Select(i => new TeamWeek
        {
            Team = "Insights", WeekStart = monday.AddDays(7 * i), Week = $"2026-W{41 + i}", NominalHours = 272, RotationHours = 38,
            LeakedHours = 30, OverflowHours = 12, EffectiveHours = 192, Forecast = i >= 8,
        }).ToList();

        // The digest's page: A4 with 44 pt margins, the chart 175 pt high.
        var document = TestDocuments.Builder().PageSize(PageSize.A4).Margins(PageMargins.Uniform(44))
            .Chart(CapacityChart.Build(weeks, "Insights: hours per week"), 175).Build();
        using var pdf = PdfDocument.Open(PdfRenderer.ToBytes(DocumentLayoutEngine.Layout(document)));

        var text = pdf.GetPage(1).Text.Replace(" ", "", StringComparison.Ordinal);
        Assert.All(
            ["Leftforplannedwork", "Supportbyteammates", "Overflow", "Onrotation", "Forecast"],
            label => Assert.Contains(label, text, StringComparison.Ordinal));
    }
}
