using Reporting.Analytics.Capacity.Outlook;
using Reporting.Host.Application.Capacity;
using Reporting.Reports.Outlook;
using Reporting.Reports.Privacy;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Tests.Application.Capacity;

/// <summary>The capacity pages' figures: those of <c>reporting capacity --json</c>, computed once per state of the warehouse.</summary>
[Collection(ServiceCollection.Name)]
public class ReadCapacityOverviewTests(ServiceFixture fixture)
{
    [Fact]
    public async Task The_overview_holds_the_weeks_capacity_json_prints_for_the_default_period()
    {
        var connection = fixture.Warehouse.Connection;
        var cli = await new ComputeCapacity(TimeProvider.System).RunAsync(connection, new CapacityRequest(), CancellationToken.None);

        var overview = await new ReadCapacityOverview(new ComputeCapacity(TimeProvider.System)).RunAsync(connection, CancellationToken.None);

        Assert.Equal(cli.Weeks, overview.Weeks);
        Assert.Equal(cli.Period, overview.Period);
        Assert.Equal(Expected.Teams, overview.Teams.Select(t => t.Team));
        Assert.Equal(Expected.PlanningWeeks, overview.PlanningWeeks);
        var payments = overview.Team("Payments");
        Assert.Equal(Expected.PaymentsLastWeek, (payments.LastWeek!.Week, payments.LastWeek.NominalHours, payments.LastWeek.SupportHours, payments.LastWeek.EffectiveHours));
        Assert.Equal(Expected.PaymentsForecast, payments.Weeks.Select(w => (w.Week, w.EffectiveHours, w.EffectiveLow, w.EffectiveHigh)));
    }

    [Fact]
    public async Task The_answer_is_kept_until_something_is_ingested()
    {
        var connection = fixture.Warehouse.Connection;
        var read = new ReadCapacityOverview(new ComputeCapacity(TimeProvider.System));

        var first = await read.RunAsync(connection, CancellationToken.None);
        var again = await read.RunAsync(connection, CancellationToken.None);
        var run = await connection.ScalarAsync<long>("SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs");
        await connection.RunAsync(
            "INSERT INTO ingest_runs (run_id, source, kind, input, started_at, finished_at, status) VALUES ($run, 'test', 'file', 'later.csv', now(), now(), 'succeeded')",
            new { run });
        try
        {
            var after = await read.RunAsync(connection, CancellationToken.None);

            Assert.Same(first.Result, again.Result);
            Assert.NotSame(first.Result, after.Result);
            Assert.Equal(first.Weeks, after.Weeks);
        }
        finally
        {
            await connection.RunAsync("DELETE FROM ingest_runs WHERE run_id = $run", new { run });
        }
    }

    [Fact]
    public async Task A_team_page_says_the_next_two_weeks_in_the_reports_words_and_an_unknown_team_is_not_found_naming_the_teams()
    {
        var connection = fixture.Warehouse.Connection;
        var overview = new ReadCapacityOverview(new ComputeCapacity(TimeProvider.System));
        var all = await overview.RunAsync(connection, CancellationToken.None);
        var payments = all.Team("Payments");

        var view = await new ReadTeamOutlook(overview, TextMasker.Default).RunAsync(connection, "Payments", CancellationToken.None);
        var missing = await Assert.ThrowsAsync<NotFoundException>(() =>
            new ReadTeamOutlook(overview, TextMasker.Default).RunAsync(connection, "Nobody", CancellationToken.None));

        Assert.Equal(NextTwoWeeksSection.Row(payments, all.PlanningWeeks), view.Figures);
        Assert.Equal(NextTwoWeeksSection.Reasons(payments, TextMasker.Default), view.Reasons);
        Assert.Equal(all.TeamWeeks("Payments"), view.Weeks);
        Assert.Equal(Expected.PaymentsWeeks, view.Weeks.Count);
        Assert.Equal($"There is no team 'Nobody'. Teams: {string.Join(", ", Expected.Teams)}.", missing.Message);
    }

    [Fact]
    public async Task A_teams_chart_is_an_svg_of_its_weeks_with_its_title()
    {
        var svg = await new DrawTeamCapacityChart(new ReadCapacityOverview(new ComputeCapacity(TimeProvider.System)))
            .RunAsync(fixture.Warehouse.Connection, "Payments", CancellationToken.None);

        var document = System.Xml.Linq.XDocument.Parse(svg);
        Assert.Equal(("svg", "720", "260"), (document.Root!.Name.LocalName, document.Root.Attribute("width")?.Value, document.Root.Attribute("height")?.Value));
        Assert.Contains("Payments: hours per week", string.Concat(document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)));
    }

    /// <summary>The sample warehouse's figures (seed 7, six weeks), as `reporting capacity --json` prints them.</summary>
    private static class Expected
    {
        public static readonly string[] Teams = ["Core Platform", "Identity", "Insights", "Integrations", "Messaging", "Mobile", "Payments", "Web Experience"];
        public static readonly DateOnly[] PlanningWeeks = [new(2026, 11, 23), new(2026, 11, 30)];
        public static readonly (string, double, double, double) PaymentsLastWeek = ("2026-W47", 180, 95.02, 84.97);
        public static readonly (string, double, double?, double?)[] PaymentsForecast = [("2026-W48", 71.13, 44.68, 97.58), ("2026-W49", 77.68, 51.22, 104.13)];
        public const int PaymentsWeeks = 14; // twelve weeks to the newest ticket and two forecast
    }
}
