using System.Globalization;
using Reporting.Reports.Digest;
using Reporting.Reports.Privacy;
using Reporting.Reports.Tests.Documents;
using Reporting.Testing;
using Reporting.Warehouse;
using Reporting.Warehouse.Calendar;
using UglyToad.PdfPig;

namespace Reporting.Reports.Tests.Digest;

public class WeeklyDigestTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private async Task<(RenderedDigest Digest, PdfDocument Pdf)> RenderFirstAsync()
    {
        var connection = fixture.Warehouse.Connection;
        var renderer = new WeeklyDigestRenderer(connection, TestClock.Create(), TextMasker.Default);
        var subscription = (await DigestSubscription.LoadAllAsync(connection, CancellationToken.None))[0];
        var week = await renderer.LatestCompleteWeekAsync(CancellationToken.None);
        var digest = await renderer.RenderAsync(subscription, week, previews: false, CancellationToken.None);
        return (digest, PdfDocument.Open(digest.Report.Pdf));
    }

    [Fact]
    public async Task Every_pm_in_teams_yaml_gets_a_digest_for_their_own_teams()
    {
        var subscriptions = await DigestSubscription.LoadAllAsync(fixture.Warehouse.Connection, CancellationToken.None);
        var teams = await fixture.Warehouse.Connection.ListAsync<string>("SELECT team FROM teams");

        Assert.True(subscriptions.Count >= 5);
        Assert.Equal(teams.Order(), subscriptions.SelectMany(s => s.Teams).Order());
    }

    [Fact]
    public async Task The_digest_has_two_to_four_pages_each_numbered_page_x_of_y()
    {
        var (digest, pdf) = await RenderFirstAsync();
        using (pdf)
        {
            Assert.InRange(pdf.NumberOfPages, 2, 4);
            Assert.Equal(pdf.NumberOfPages, digest.Report.Pages);
            foreach (var page in pdf.GetPages())
            {
                Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", page.Text);
            }

            PdfAssertions.LettersInsideMediaBox(pdf);
            Assert.StartsWith($"Weekly digest {digest.Data.Week}", pdf.Information.Title);
        }
    }

    [Fact]
    public async Task The_headline_new_tickets_figure_matches_the_warehouse()
    {
        var (digest, pdf) = await RenderFirstAsync();
        var week = digest.Data.Week;
        var expected = await fixture.Warehouse.Connection.ScalarAsync<long>(
            """
            SELECT count(*) FROM tickets t LEFT JOIN services s ON s.service = t.service
            WHERE NOT t.deleted AND t.created_at >= $start AND t.created_at < $end
              AND list_contains(string_split($teams, ','), coalesce(t.team, s.team, t.product))
            """,
            new { start = week.StartUtc, end = week.AddWeeks(1).StartUtc, teams = string.Join(',', digest.Data.Subscription.Teams) });
        using (pdf)
        {
            var words = pdf.GetPage(1).GetWords().Select(w => w.Text).ToList();
            Assert.Equal(expected, digest.Data.ThisWeek.Opened);
            Assert.Contains(expected.ToString("N0", CultureInfo.InvariantCulture), words);
            Assert.Contains("tickets", words);
        }
    }

    [Fact]
    public async Task Sections_without_data_say_so_instead_of_inventing_numbers()
    {
        var (_, pdf) = await RenderFirstAsync();
        using (pdf)
        {
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains("have not been computed", text);
            Assert.Contains("No owner suggestions were recorded", text);
        }
    }

    [Fact]
    public async Task Ticket_text_quoted_in_the_digest_is_masked()
    {
        var (digest, _) = await RenderFirstAsync();
        var data = digest.Data with
        {
            Bounced = [new BouncedTicket("SUP-1", "Login fails for jane.doe@acme.example, call +49 30 1234 5678", "Identity", "Payments", DateTime.UnixEpoch)],
        };

        var layout = Reporting.Reports.Documents.DocumentLayoutEngine.Layout(WeeklyDigestDocument.Build(data, TestClock.DefaultNow, TextMasker.Default));
        var text = string.Concat(layout.Pages.SelectMany(p => p.Texts()).Select(t => t.Text));

        Assert.DoesNotContain("jane.doe", text);
        Assert.DoesNotContain("1234 5678", text);
        Assert.Contains("[email]", text);
    }

    [Fact]
    public async Task What_changed_is_written_from_the_numbers()
    {
        var (digest, _) = await RenderFirstAsync();
        var data = digest.Data with
        {
            ThisWeek = digest.Data.ThisWeek with { Opened = 150 },
            LastWeek = digest.Data.LastWeek with { Opened = 100 },
        };

        var lines = WhatChanged.Write(data);

        Assert.Contains(lines, l => l.StartsWith("New tickets up 50 %: 150 this week against 100.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_week_outside_the_data_is_refused_instead_of_reading_as_good_news()
    {
        var connection = fixture.Warehouse.Connection;
        var renderer = new WeeklyDigestRenderer(connection, TestClock.Create(), TextMasker.Default);
        var subscription = (await DigestSubscription.LoadAllAsync(connection, CancellationToken.None))[0];
        var latest = await renderer.LatestCompleteWeekAsync(CancellationToken.None);

        var after = await Assert.ThrowsAsync<NoDataForWeekException>(() => renderer.RenderAsync(subscription, latest.AddWeeks(2), false, CancellationToken.None));
        await Assert.ThrowsAsync<NoDataForWeekException>(() => renderer.RenderAsync(subscription, latest.AddWeeks(-60), false, CancellationToken.None));

        Assert.Contains($"No tickets in {latest.AddWeeks(2)}", after.Message);
    }
}
