using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Outlook;
using Reporting.Analytics.Expertise;
using Reporting.Reports.Privacy;
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

    [Fact]
    public async Task Each_team_gets_a_table_of_who_knows_its_services_with_the_bus_factor_and_single_person_services_flagged()
    {
        var to = DateOnly.FromDateTime(await fixture.Warehouse.Connection.ScalarAsync<DateTime>("SELECT max(created_at) FROM tickets"));
        var from = to.AddDays(-27);
        var result = await new CapacityCalculator(fixture.Warehouse.Connection, TestClock.Create())
            .CalculateAsync(new CapacityOptions { From = from, To = to, Store = false });
        var expertise = await ExpertiseMap.LoadAsync(fixture.Warehouse.Connection, to.AddDays(-7 * 26 + 1), to, null, CancellationToken.None);
        var report = ReportRenderer.Render(CapacityReportDocument.Build(
            result, from, to, TestClock.DefaultNow, NextTwoWeeks.Build(result, []), null, null, TextMasker.Default, expertise), "capacity.pdf");

        using var pdf = PdfDocument.Open(report.Pdf);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);

        var teams = expertise.Select(s => s.Team).Distinct().Count();
        Assert.Equal(teams, text.Split(ExpertiseTable.Heading.Replace(" ", "", StringComparison.Ordinal)).Length - 1);
        foreach (var s in expertise)
        {
            var top = s.People[0];
            Assert.Contains($"{s.Service}{s.Tickets:N0}{top.Person}{FigureFormat.Share(top.Share)}".Replace(" ", "", StringComparison.Ordinal), text);
        }

        Assert.Equal(expertise.Count(s => s.AtRisk), text.Split("1·atrisk").Length - 1);
        PdfAssertions.LettersInsideMediaBox(pdf);
    }
}
