using Reporting.Analytics.Capacity;
using Reporting.Reports.Capacity;
using Reporting.Reports.Rendering;
using Reporting.Reports.Tests.Documents;
using Reporting.Testing;
using Reporting.Warehouse;
using UglyToad.PdfPig;

namespace Reporting.Reports.Tests.Capacity;

public class CapacityReportTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private async Task<(CapacityResult Result, RenderedReport Report)> RenderAsync(string? team = null)
    {
        var to = DateOnly.FromDateTime(await fixture.Warehouse.Connection.ScalarAsync<DateTime>("SELECT max(created_at) FROM tickets"));
        var from = to.AddDays(-27);
        var result = await new CapacityCalculator(fixture.Warehouse.Connection, TestClock.Create())
            .CalculateAsync(new CapacityOptions { From = from, To = to, Team = team, Store = false });
        return (result, ReportRenderer.Render(CapacityReportDocument.Build(result, from, to, TestClock.DefaultNow), "capacity.pdf"));
    }

    [Fact]
    public async Task The_report_opens_with_the_next_two_weeks_then_compares_teams_and_gives_each_its_own_section()
    {
        var (result, report) = await RenderAsync();
        var teams = result.Weeks.Select(w => w.Team).Distinct().ToList();

        using var pdf = PdfDocument.Open(report.Pdf);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));

        Assert.StartsWith("Capacity report", pdf.GetPage(1).Text);
        Assert.Contains("Next two weeks", pdf.GetPage(1).Text);
        Assert.Contains("Teams side by side", text);
        Assert.Equal(teams.Count, text.Split("Where the support load came from").Length - 1);
        Assert.Contains("Terms", text);
        Assert.Contains("80% range: in 8 weeks out of 10", pdf.GetPage(pdf.NumberOfPages).Text);

        PdfAssertions.LettersInsideMediaBox(pdf);
    }

    [Fact]
    public async Task A_teams_page_shows_its_share_of_capacity_as_computed()
    {
        var (result, report) = await RenderAsync("Payments");
        var past = result.Weeks.Where(w => !w.Forecast).ToList();
        var share = past.Sum(w => w.EffectiveHours) / past.Sum(w => w.NominalHours);

        using var pdf = PdfDocument.Open(report.Pdf);
        var teamPage = string.Concat(pdf.GetPages().Select(p => p.Text));

        Assert.DoesNotContain("Teams side by side", teamPage); // one team: nothing to compare

        Assert.Contains("Payments", teamPage);
        Assert.Contains(FigureFormat.Share(share).Replace(" ", "", StringComparison.Ordinal), teamPage.Replace(" ", "", StringComparison.Ordinal));
    }
}
