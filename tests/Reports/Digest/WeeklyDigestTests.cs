using System.Globalization;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse;
using Reporting.Analytics.Digest;
using Reporting.Reports.Digest;
using Reporting.Reports.Privacy;
using Reporting.Reports.Documents;
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
    public async Task Page_one_opens_with_the_next_two_weeks_in_hours_share_and_engineers_with_the_reasons()
    {
        var (digest, pdf) = await RenderFirstAsync();
        using (pdf)
        {
            var page = pdf.GetPage(1).Text.Replace(" ", "", StringComparison.Ordinal);
            var outlook = digest.Data.Outlook;
            Assert.Equal(digest.Data.Subscription.Teams.Order(), outlook.Select(o => o.Team));
            Assert.True(page.IndexOf("Nexttwoweeks", StringComparison.Ordinal) < page.IndexOf("Whatchangedlastweek", StringComparison.Ordinal));
            foreach (var team in outlook)
            {
                var next = team.Weeks[0];
                var cell = string.Create(CultureInfo.InvariantCulture,
                    $"{Reporting.Reports.Rendering.FigureFormat.Hours(next.EffectiveHours)}({Reporting.Reports.Rendering.FigureFormat.Share(next.EffectiveShare)}),{team.Engineers(next.EffectiveHours):N1}of{team.Size.Engineers}engineers");
                Assert.Contains(cell.Replace(" ", "", StringComparison.Ordinal), page);
                Assert.Contains($"onrotation:{next.RotationEngineer}".Replace(" ", "", StringComparison.Ordinal), page);
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{next.EffectiveLow:N0}\u2013{next.EffectiveHigh:N0}h"), page);
            }
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

    // The loader lists groups by impact; the chart must not re-sort them (by value, ties by name) nor show others.
    [Fact]
    public async Task Recurring_bugs_chart_and_table_show_the_same_six_groups_in_the_same_order_named_readably()
    {
        var (digest, _) = await RenderFirstAsync();
        var data = digest.Data with { RecurringGroups = RecurringByImpact };

        var blocks = WeeklyDigestDocument.Build(data, TestClock.DefaultNow, TextMasker.Default).Blocks
            .SkipWhile(b => b is not HeadingBlock { Text: "Recurring bugs" }).ToList();
        var chart = blocks.OfType<ChartBlock>().First().Plot;
        _ = chart.GetSvgXml(600, 200); // manual ticks are laid out when the chart is drawn
        var bars = chart.Axes.Left.TickGenerator.Ticks.OrderByDescending(t => t.Position).Select(t => t.Label);
        var rows = blocks.OfType<TableBlock>().First().Rows;

        string[] expected =
        [
            "CRM sync duplicates contacts", "Zebra printer export fails", "Archive export is slow",
            "Login fails after a reset", "Dashboard is wrong for [email]", "Invoice PDF is blank",
        ];
        Assert.Equal(expected, bars);
        Assert.Equal(expected, rows.Select(r => r[0]));
        Assert.Equal(["Rising", "Ongoing", "New", "Back again", "Easing", "New"], rows.Select(r => r[1]));
        Assert.Equal(["14", "3", "3", "2", "1", "0"], rows.Select(r => r[2]));
    }

    [Fact]
    public async Task What_changed_names_a_recurring_bug_by_its_subject_and_its_state_in_plain_words()
    {
        var (digest, _) = await RenderFirstAsync();

        var lines = WhatChanged.Write(digest.Data with { RecurringGroups = RecurringByImpact });

        Assert.Contains("Recurring bug \"CRM sync duplicates contacts\" is rising: 14 tickets this week (10 the week before), 34 customers affected so far.", lines);
        Assert.Contains("Recurring bug \"Archive export is slow\" is new: 3 tickets this week (0 the week before), 2 customers affected so far.", lines);
        Assert.Contains("Recurring bug \"Login fails after a reset\" is back again: 2 tickets this week (1 the week before), 5 customers affected so far.", lines);
    }

    private static readonly RecurringGroupLine[] RecurringByImpact =
    [
        Group("RB-1", "CRM sync duplicates contacts", "growing", thisWeek: 14, lastWeek: 10, customers: 34),
        Group("RB-2", "Zebra printer export fails", "steady", thisWeek: 3, lastWeek: 4, customers: 40),
        Group("RB-3", "Archive export is slow", "new", thisWeek: 3, lastWeek: 0, customers: 2),
        Group("RB-4", "Login fails after a reset", "regressed", thisWeek: 2, lastWeek: 1, customers: 5),
        Group("RB-5", "Dashboard is wrong for ann@acme.example", "fading", thisWeek: 1, lastWeek: 9, customers: 12),
        Group("RB-6", "Invoice PDF is blank", "new", thisWeek: 0, lastWeek: 20, customers: 20),
        Group("RB-7", "Seventh group is not shown", "growing", thisWeek: 0, lastWeek: 1, customers: 1),
    ];

    private static RecurringGroupLine Group(string id, string label, string state, long thisWeek, long lastWeek, long customers) =>
        new(id, label, state, "Team", thisWeek, lastWeek, thisWeek + lastWeek, customers, [id + "-ticket"]);

}
