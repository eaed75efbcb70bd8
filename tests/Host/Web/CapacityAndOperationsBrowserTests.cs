using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using Reporting.Analytics.Capacity.Outlook;
using Reporting.Host.Api;
using Reporting.Host.Application.Capacity;
using Reporting.Host.Application.Expertise;
using Reporting.Host.Email;
using Reporting.Host.Tests.Api;
using Reporting.Host.Tests.Application.Operations;
using Reporting.Ingest;
using Reporting.Ingest.Sources;
using Reporting.Reports.Outlook;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;
using Reporting.Testing;
using Reporting.Testing.FakeApis;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Tests.Web;

/// <summary>
/// The capacity pages (viewers) and the operations pages (admins) in a real Chromium over the real service: the same
/// figures as <c>reporting capacity --json</c>, who may open what, and the job dashboard opened with the session cookie.
/// </summary>
[Collection(ServiceCollection.Name)]
public class CapacityAndOperationsBrowserTests(TriageWarehouse fixture) : IClassFixture<TriageWarehouse>, IAsyncLifetime
{
    private const string ViewerKey = "rpt_viewer_key_for_the_capacity_pages_0000";
    private const string TriagerKey = "rpt_triager_key_for_the_capacity_pages_000";
    private const string AdminKey = "rpt_admin_key_for_the_operations_pages_000";
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;
    private RunningService _service = null!;
    private IBrowserContext _context = null!;

    public async Task InitializeAsync()
    {
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"),
            "--Api:Keys:1:Name=pm", $"--Api:Keys:1:Sha256={ApiKeyHasher.Hash(ViewerKey)}", "--Api:Keys:1:Role=viewer",
            "--Api:Keys:2:Name=rotation", $"--Api:Keys:2:Sha256={ApiKeyHasher.Hash(TriagerKey)}", "--Api:Keys:2:Role=triager",
            "--Api:Keys:3:Name=ops", $"--Api:Keys:3:Sha256={ApiKeyHasher.Hash(AdminKey)}", "--Api:Keys:3:Role=admin");
        _context = await NewContextAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task The_capacity_page_shows_every_team_with_the_figures_capacity_json_and_the_api_give()
    {
        var page = await SignedInPageAsync(_context, ViewerKey);

        var response = await page.GotoAsync("/capacity");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("capacity.png"), FullPage = true });

        Assert.Equal(200, response!.Status);
        var cli = (await CapacityJsonAsync()).GroupBy(w => w.GetProperty("team").GetString()!).ToDictionary(g => g.Key, g => g.ToList());
        var document = new HtmlParser().ParseDocument(await page.ContentAsync());
        var rows = document.QuerySelectorAll("#capacity tbody tr");
        Assert.Equal(cli.Keys.Order(StringComparer.Ordinal), rows.Select(r => r.GetAttribute("data-team")!));
        Assert.Equal(8, rows.Length);
        foreach (var row in rows)
        {
            var weeks = cli[row.GetAttribute("data-team")!];
            var last = weeks.Last(w => !w.GetProperty("forecast").GetBoolean());
            Assert.Equal(Hours(last, "nominal_hours"), row.QuerySelector(".nominal")!.TextContent);
            Assert.Equal(Hours(last, "support_hours"), row.QuerySelector(".support")!.TextContent);
            Assert.Equal(Hours(last, "effective_hours"), row.QuerySelector(".effective .hours")!.TextContent);
            var forecast = weeks.Where(w => w.GetProperty("forecast").GetBoolean()).ToList();
            Assert.Equal(2, forecast.Count);
            foreach (var w in forecast)
            {
                var cell = row.QuerySelector($"td.forecast[data-week='{w.GetProperty("week").GetString()}']")!;
                Assert.Equal(Hours(w, "effective_hours"), cell.QuerySelector(".hours")!.TextContent);
                Assert.Equal(string.Create(C, $"{w.GetProperty("effective_low").GetDouble():N0}\u2013{w.GetProperty("effective_high").GetDouble():N0} h"),
                    cell.QuerySelector(".range")!.TextContent);
            }
        }

        // The API gives the same weeks for a team, stored or computed.
        using var client = _service.Client();
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/teams/Payments/capacity")).RootElement.GetProperty("weeks").EnumerateArray();
        Assert.Equal(
            cli["Payments"].Select(w => (w.GetProperty("week").GetString(), w.GetProperty("effective_hours").GetDouble(), w.GetProperty("support_hours").GetDouble())),
            api.Select(w => (w.GetProperty("week").GetString(), w.GetProperty("effective_hours").GetDouble(), w.GetProperty("support_hours").GetDouble())));
    }

    [Fact]
    public async Task A_teams_page_gives_its_next_two_weeks_with_reasons_its_chart_its_rotation_and_its_report()
    {
        var page = await SignedInPageAsync(_context, ViewerKey);
        var capacity = await new ComputeCapacity(TimeProvider.System).RunAsync(fixture.Warehouse.Connection, new CapacityRequest(), CancellationToken.None);
        var outlook = NextTwoWeeks.Build(capacity.Result, await RecurringGroupQueries.GrowingAsync(fixture.Warehouse.Connection, CancellationToken.None))
            .Single(t => t.Team == "Payments");

        await page.GotoAsync("/capacity");
        await page.ClickAsync("#capacity a:text-is('Payments')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle); // the chart is an image of its own
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("capacity-team.png"), FullPage = true });

        Assert.Equal("/capacity/Payments", new Uri(page.Url).AbsolutePath);
        Assert.Equal(NextTwoWeeksSection.Row(outlook, NextTwoWeeksSection.PlanningWeeks([outlook])).Skip(1), await page.Locator("#outlook-figures td").AllInnerTextsAsync());
        Assert.Equal(NextTwoWeeksSection.Reasons(outlook, TextMasker.Default), await page.Locator("#reasons li").AllInnerTextsAsync());
        var weeks = capacity.Result.Weeks.Where(w => w.Team == "Payments").ToList();
        Assert.Equal(14, weeks.Count);
        Assert.Equal(weeks.Select(w => w.RotationEngineer ?? "nobody"), await page.Locator("#rotation tbody .engineer").AllInnerTextsAsync());
        Assert.True(await page.Locator("figure.chart img").EvaluateAsync<int>("img => img.naturalWidth") > 0, "the browser drew the chart");
        var experts = await new ReadExpertiseMap().RunAsync(fixture.Warehouse.Connection, "Payments", null, null, 3, CancellationToken.None);
        Assert.NotEmpty(experts.Services);
        Assert.Equal(experts.Services.Select(s => s.Service), await page.Locator("#expertise tbody td:first-child").AllInnerTextsAsync());
        Assert.Equal(experts.Services.Select(s => s.AtRisk ? "1 one person" : s.BusFactor?.ToString(C) ?? "–"),
            await page.Locator("#expertise tbody .bus-factor").AllInnerTextsAsync());

        var chart = await _context.APIRequest.GetAsync("/capacity/Payments/chart.svg");
        Assert.Equal((200, "image/svg+xml; charset=utf-8"), (chart.Status, chart.Headers["content-type"]));
        Assert.StartsWith("<?xml", await chart.TextAsync(), StringComparison.Ordinal);
        var report = await _context.APIRequest.GetAsync((await page.GetAttributeAsync("#report", "href"))!);
        Assert.Equal((200, "application/pdf"), (report.Status, report.Headers["content-type"]));
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await report.BodyAsync()))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("Payments", text, StringComparison.Ordinal);
            Assert.Contains("Next two weeks", text, StringComparison.Ordinal);
            Assert.Contains("Who knows its services", text, StringComparison.Ordinal);
        }

        var missing = await page.GotoAsync("/capacity/Nobody");
        Assert.Equal(404, missing!.Status);
        Assert.Equal(
            "There is no team 'Nobody'. Teams: Core Platform, Identity, Insights, Integrations, Messaging, Mobile, Payments, Web Experience.",
            await page.InnerTextAsync("[role=alert]"));
        Assert.Equal(404, (await _context.APIRequest.GetAsync("/capacity/Nobody/chart.svg")).Status);
    }

    [Fact]
    public async Task A_viewer_sees_capacity_but_is_refused_operations_and_the_dashboard_as_is_a_triager()
    {
        var viewer = await SignedInPageAsync(_context, ViewerKey);

        Assert.Equal(200, (await viewer.GotoAsync("/capacity"))!.Status);
        Assert.Equal(["Capacity", "Leads"], await viewer.Locator("header .sections a").AllInnerTextsAsync());
        Assert.Equal(403, (await viewer.GotoAsync("/operations"))!.Status);
        Assert.Equal(403, (await viewer.GotoAsync("/operations/rejects"))!.Status);
        Assert.Equal(403, (await viewer.GotoAsync("/hangfire"))!.Status);

        await using var triagerContext = await NewContextAsync();
        var triager = await SignedInPageAsync(triagerContext, TriagerKey);
        Assert.Equal(200, (await triager.GotoAsync("/capacity/Payments"))!.Status);
        Assert.Equal(403, (await triager.GotoAsync("/operations"))!.Status);
        Assert.Equal(403, (await triager.GotoAsync("/hangfire"))!.Status);

        await using var anonymousContext = await NewContextAsync();
        var anonymous = await anonymousContext.NewPageAsync();
        await anonymous.GotoAsync("/capacity");
        Assert.Equal("/signin", new Uri(anonymous.Url).AbsolutePath);
        using var client = _service.Client(key: null);
        var dashboard = await client.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Unauthorized, dashboard.StatusCode);
        Assert.Equal("Basic", dashboard.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task An_admin_sees_each_sources_last_pull_watermark_error_and_rejects_the_deliveries_and_opens_the_dashboard()
    {
        await using var zendesk = await FakeZendesk.StartAsync();
        var connection = fixture.Warehouse.Connection;
        var newest = await connection.ScalarAsync<DateTime>("SELECT max(created_at) FROM tickets");
        for (var id = 1; id <= 3; id++)
        {
            zendesk.Put(ZendeskData.Ticket(id, newest.AddDays(-2), newest.AddDays(-1).AddMinutes(id), $"Ticket {id}"));
        }

        var pull = new PullRunner(connection, Sources(zendesk), TimeProvider.System);
        await pull.RunAsync("desk", CancellationToken.None);
        zendesk.Host.Faults.Add(Fault.DownAfter(0));
        await Assert.ThrowsAnyAsync<Exception>(() => pull.RunAsync("desk", CancellationToken.None));
        await new FileIngestor(connection, TimeProvider.System).IngestAsync(RejectsInput.Write(Path.Combine(fixture.Warehouse.Directory, "uploads")), "uploads");
        var log = (IDeliveryLog)_service.App.Services.GetService(typeof(IDeliveryLog))!;
        await log.RecordNoDataAsync(new DeliveryKey("pm@example.com", "2026-W49"), "No tickets in 2026-W49", CancellationToken.None);
        var sent = new DeliveryKey("cto@example.com", "2026-W48");
        var now = DateTime.UtcNow;
        Assert.True(await log.TryClaimAsync(sent, new DeliveryClaim("test", now, now.AddMinutes(5), false), CancellationToken.None));
        Assert.True(await log.MarkAsync(sent, "test", DeliveryStatus.Sent, null, CancellationToken.None));
        var page = await SignedInPageAsync(_context, AdminKey);

        Assert.Equal(200, (await page.GotoAsync("/operations"))!.Status);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("operations.png"), FullPage = true });

        var desk = page.Locator("#sources tr[data-source='desk']");
        Assert.Equal(await connection.ScalarAsync<string>("SELECT watermark FROM sources WHERE name = 'desk'"), await desk.Locator(".watermark code").InnerTextAsync());
        Assert.Equal("failed", await desk.Locator(".last-run .status").InnerTextAsync());
        Assert.Contains("still 503 Service Unavailable after 1 attempt(s)", await desk.Locator(".last-error .error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("0", await desk.Locator(".rejects").InnerTextAsync());
        Assert.Equal("3", await page.InnerTextAsync("#sources tr[data-source='uploads'] .rejects"));
        Assert.Equal((await connection.ScalarAsync<long>("SELECT count(*) FROM rejects WHERE source = 'samples'")).ToString("N0", C),
            await page.InnerTextAsync("#sources tr[data-source='samples'] .rejects"));
        Assert.Equal("waiting for data", await page.InnerTextAsync("#deliveries tr[data-delivery='pm@example.com/2026-W49'] .state"));
        Assert.Equal("sent", await page.InnerTextAsync("#deliveries tr[data-delivery='cto@example.com/2026-W48'] .state"));

        await page.ClickAsync("#sources tr[data-source='uploads'] .rejects a");
        Assert.Equal("/operations/rejects", new Uri(page.Url).AbsolutePath);
        Assert.Equal(3, await page.Locator("#rejects tbody tr").CountAsync());
        Assert.Equal($"T-1,not a date,Login fails,{RejectsInput.Markup}", await page.Locator("pre.raw").First.InnerTextAsync());
        Assert.Equal(0, await page.Locator("pre.raw b, pre.raw script").CountAsync());
        Assert.Equal(["66 characters", "first 2,000 of 3,019 characters", "46 characters"], await page.Locator(".raw-size").AllInnerTextsAsync());
        Assert.Equal(400, (await _context.APIRequest.GetAsync("/operations/rejects?size=201")).Status);

        await page.GotoAsync("/operations");
        var dashboard = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#dashboard"), r => new Uri(r.Url).AbsolutePath == "/hangfire");
        Assert.Equal(200, dashboard.Status);
        Assert.Contains("Reporting jobs", await page.TitleAsync(), StringComparison.Ordinal);
    }

    private Task<IBrowserContext> NewContextAsync() => fixture.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = _service.Address.ToString().TrimEnd('/'),
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
    });

    private static async Task<IPage> SignedInPageAsync(IBrowserContext context, string key)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#key", key);
        // A triager or admin starts on the inbox, a viewer on capacity.
        await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit].primary"), r => new Uri(r.Url).AbsolutePath is "/" or "/capacity");
        return page;
    }

    private static string Hours(JsonElement week, string property) => FigureFormat.Hours(week.GetProperty(property).GetDouble());

    /// <summary>
    /// <c>reporting capacity --json</c> in its own process, as an operator runs it, on a copy of the warehouse
    /// (the service holds the file itself): every team's weeks.
    /// </summary>
    private async Task<IReadOnlyList<JsonElement>> CapacityJsonAsync()
    {
        await fixture.Warehouse.Connection.RunAsync("CHECKPOINT");
        var directory = Path.Combine(fixture.Warehouse.Directory, "cli");
        Directory.CreateDirectory(directory);
        File.Copy(fixture.Warehouse.Path, Path.Combine(directory, "warehouse.duckdb"), overwrite: true);
        await using var cli = ReportingProcess.Start(directory, "capacity", "--db", "warehouse.duckdb", "--json");
        Assert.True(await cli.ExitCodeAsync(TimeSpan.FromMinutes(3)) == 0, cli.Error);
        return JsonDocument.Parse(cli.Output).RootElement.EnumerateArray().ToList();
    }

    private static SourcesConfiguration Sources(FakeZendesk zendesk) => SourcesConfiguration.From(new ConfigurationBuilder().AddInMemoryCollection(
        new Dictionary<string, string?>
        {
            ["Sources:desk:Kind"] = "zendesk",
            ["Sources:desk:BaseUrl"] = zendesk.BaseUrl.ToString(),
            ["Sources:desk:Token"] = "desk-secret-token",
            ["Sources:desk:Retry:MaxAttempts"] = "1",
        }).Build());

    /// <summary>Where a page's screenshot goes: docs/images when REPORTING_SCREENSHOTS=1 (to refresh the README's), else the test's own folder.</summary>
    private string Screenshot(string name)
    {
        var directory = Environment.GetEnvironmentVariable("REPORTING_SCREENSHOTS") == "1"
            ? Path.Combine(Fixture.RepositoryRoot(), "docs", "images")
            : Path.Combine(fixture.Warehouse.Directory, "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }
}
