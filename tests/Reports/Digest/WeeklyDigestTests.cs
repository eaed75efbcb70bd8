using System.Globalization;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse;
using Reporting.Analytics.Digest;
using Reporting.Reports.Digest;
using Reporting.Reports.Privacy;
using Reporting.Reports.Tests.Documents;
using Reporting.Testing;
using UglyToad.PdfPig;

namespace Reporting.Reports.Tests.Digest;

public class WeeklyDigestTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    // Reports renders figures it is handed: Analytics computes them from the warehouse.
    private async Task<((WeeklyDigest Data, Reporting.Reports.Rendering.RenderedReport Report) Digest, PdfDocument Pdf)> RenderFirstAsync()
    {
        var connection = fixture.Warehouse.Connection;
        var loader = new WeeklyDigestLoader(connection, TestClock.Create());
        var subscription = (await DigestSubscription.LoadAllAsync(connection, CancellationToken.None))[0];
        var data = await loader.LoadAsync(subscription, await loader.LatestCompleteWeekAsync(CancellationToken.None), CancellationToken.None);
        var report = Reporting.Reports.Rendering.ReportRenderer.Render(WeeklyDigestDocument.Build(data, TestClock.DefaultNow, TextMasker.Default), "digest.pdf", false);
        return ((data, report), PdfDocument.Open(report.Pdf));
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
            Assert.DoesNotContain("Suggested owners", text); // a leads' figure: the capacity report's appendix, not a PM's digest
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

}
