using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Outlook;
using Reporting.Analytics.Owners;
using Reporting.Reports.Capacity;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;
using Reporting.Testing;
using Reporting.Warehouse;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;
using UglyToad.PdfPig;

namespace Reporting.Reports.Tests.Capacity;

/// <summary>The leads' appendix of the capacity report: acceptance from triage decisions, and agreement with the final owner named as such.</summary>
public class CapacityReportAppendixTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static readonly FinalOwnerAgreement Agreement = new(Suggested: 120, Compared: 100, Top1Agreed: 81, Top3Agreed: 95, Abstained: 20);

    [Fact]
    public async Task Acceptance_counts_the_triage_decisions_and_agreement_says_it_compares_with_the_final_owner()
    {
        var acceptance = new SuggestionAcceptance(new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 22), null, new AcceptanceCounts(3, 2, 3, 0),
            [new TeamAcceptance("Payments", new AcceptanceCounts(3, 2, 3, 0))], [new WeekAcceptance(new IsoWeek(2026, 47), "Payments", new AcceptanceCounts(3, 2, 3, 0))]);

        var text = await AppendixTextAsync(Agreement, acceptance);

        Assert.Contains(Squeeze("Appendix: suggested owners"), text);
        Assert.Contains(Squeeze("Accepted in triage: of the 3 tickets routed in the triage workspace from 26 Oct to 22 Nov with a suggestion shown, 2 (67%) went to the suggested owner and 3 (100%) to one of the top three shown."), text);
        Assert.Contains(Squeeze("Agreement with the final owner: 120 tickets got an owner suggestion when they arrived in the last four weeks of the period. Of those that now have an owner and were not left for human triage (100), the first suggestion agreed with the final owner for 81% and one of the top three for 95%; 20 were left for human triage because the model was unsure. This compares with the service the ticket carries now, not with what anyone accepted."), text);
        Assert.DoesNotContain(Squeeze("matched the final owner"), text);
    }

    [Fact]
    public async Task Without_decisions_the_appendix_says_so_instead_of_an_acceptance_figure()
    {
        var none = new SuggestionAcceptance(new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 22), null, AcceptanceCounts.None, [], []);

        var text = await AppendixTextAsync(Agreement, none);

        Assert.Contains(Squeeze("Accepted in triage: no triage decisions yet in this period (26 Oct to 22 Nov), so there is no acceptance figure."), text);
        Assert.DoesNotContain(Squeeze("went to the suggested owner"), text);
    }

    [Fact]
    public async Task With_neither_suggestions_nor_decisions_there_is_no_appendix()
    {
        var none = new SuggestionAcceptance(new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 22), null, AcceptanceCounts.None, [], []);

        var text = await AppendixTextAsync(null, none);

        Assert.DoesNotContain(Squeeze("Appendix: suggested owners"), text);
    }

    private async Task<string> AppendixTextAsync(FinalOwnerAgreement? agreement, SuggestionAcceptance acceptance)
    {
        var to = DateOnly.FromDateTime(await fixture.Warehouse.Connection.ScalarAsync<DateTime>("SELECT max(created_at) FROM tickets"));
        var from = to.AddDays(-27);
        var result = await new CapacityCalculator(fixture.Warehouse.Connection, TestClock.Create())
            .CalculateAsync(new CapacityOptions { From = from, To = to, Team = "Payments", Store = false });
        var report = ReportRenderer.Render(
            CapacityReportDocument.Build(result, from, to, TestClock.DefaultNow, NextTwoWeeks.Build(result, []), agreement, acceptance, TextMasker.Default),
            "capacity.pdf");
        using var pdf = PdfDocument.Open(report.Pdf);
        return Squeeze(string.Concat(pdf.GetPages().Select(p => p.Text)));
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
