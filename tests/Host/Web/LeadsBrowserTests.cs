using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Reporting.Host.Api;
using Reporting.Host.Tests.Api;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Web;

/// <summary>
/// The Leads page in a real Chromium over the real service: decisions taken on ticket pages show up as acceptance
/// per team and week, with exactly the API's figures; a period without decisions says so.
/// </summary>
[Collection(ServiceCollection.Name)]
public class LeadsBrowserTests(TriageWarehouse fixture) : IClassFixture<TriageWarehouse>, IAsyncLifetime
{
    private const string TriagerKey = "rpt_triager_key_for_the_leads_tests_000000";
    private const string ViewerKey = "rpt_viewer_key_for_the_leads_tests_0000000";
    private RunningService _service = null!;
    private IBrowserContext _context = null!;

    public async Task InitializeAsync()
    {
        _service = await fixture.StartServiceAsync(TriagerKey, ViewerKey, "lead");
        _context = await fixture.NewContextAsync(_service);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Decisions_taken_on_ticket_pages_show_on_the_leads_page_with_the_apis_figures()
    {
        var tickets = await UndecidedTicketsAsync();
        var page = await _context.NewPageAsync();
        await SignInAsync(page, "/", TriagerKey);

        // Accept the first suggestion; route the second to its second shown owner; route the third to a service not shown.
        await page.GotoAsync($"/tickets/{tickets[0].Source}/{tickets[0].Id}");
        await page.ClickAsync("#accept button");
        await ChooseAsync(page, tickets[1], tickets[1].Second);
        await ChooseAsync(page, tickets[2], tickets[2].NotShown);
        await page.ClickAsync("text=Sign out");

        await SignInAsync(page, "/leads", ViewerKey);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("leads.png"), FullPage = true });
        using var api = _service.Client(ViewerKey);
        var body = JsonDocument.Parse(await api.GetStringAsync("/api/triage/acceptance")).RootElement;

        Assert.Equal(("3", "1", "2", "33 %", "67 %"), await FiguresAsync(page.Locator("#totals")));
        Assert.Equal(Figures(body.GetProperty("total")), await FiguresAsync(page.Locator("#totals")));
        Assert.Equal(Figures(body.GetProperty("total")), await FiguresAsync(page.Locator("#teams tfoot tr")));
        var teams = body.GetProperty("teams").EnumerateArray().ToList();
        Assert.Equal(teams.Count, await page.Locator("#teams tbody tr").CountAsync());
        foreach (var team in teams)
        {
            Assert.Equal(Figures(team), await FiguresAsync(page.Locator($"#teams tbody tr[data-team='{team.GetProperty("team").GetString()}']")));
        }

        var weeks = body.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal(weeks.Count, await page.Locator("#weeks tbody tr").CountAsync());
        foreach (var week in weeks)
        {
            var row = page.Locator($"#weeks tbody tr[data-week='{week.GetProperty("week").GetString()}'][data-team='{week.GetProperty("team").GetString()}']");
            Assert.Equal(Figures(week), await FiguresAsync(row));
        }
    }

    [Fact]
    public async Task A_period_without_decisions_says_so_and_the_page_is_for_viewers_only()
    {
        var page = await _context.NewPageAsync();
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _service.Address };

        var redirect = await anonymous.GetAsync("/leads");
        await SignInAsync(page, "/leads?from=2026-01-05&to=2026-02-01", ViewerKey);

        Assert.Equal((HttpStatusCode.Redirect, "/signin"), (redirect.StatusCode, redirect.Headers.Location!.AbsolutePath));
        Assert.Equal(
            "No triage decisions yet in this period (5 Jan 2026 to 1 Feb 2026): once triagers accept or choose owners on ticket pages, how often they took the suggestion shows here.",
            await page.InnerTextAsync("#empty"));
        Assert.Equal(0, await page.Locator("#teams").CountAsync());
        // The model card names the model in use and the pipeline chosen for this warehouse's tickets.
        var registry = Reporting.Analytics.Owners.OwnerModelRegistry.ForWarehouse(fixture.Warehouse.Path);
        var version = registry.CurrentVersion()!.Value;
        var card = await page.InnerTextAsync("#owner-model");
        Assert.StartsWith($"Owner model v{version} trained ", card, StringComparison.Ordinal);
        var metadata = registry.ReadMetadata(version);
        // The sample's field changes are on record: each of the 3 candidates was tried with and without the fields as
        // filed, and the best of each three blended with the linear SVM, then that SVM alone.
        Assert.Contains($"pipeline {metadata.Pipeline.Name} (the settings that did best on these tickets) chosen among 10 on the newest of them.", card, StringComparison.Ordinal);
        var weight = metadata.Pipeline.MarginBlendWeight;
        Assert.Equal(
            weight is > 0 and < 1,
            card.Contains("Its probabilities are blended 50 % / 50 % with those of a linear SVM that reads all of a ticket", StringComparison.Ordinal));
        Assert.Equal(weight >= 1, card.Contains("Its probabilities are those of a linear SVM that reads all of a ticket", StringComparison.Ordinal));
        Assert.Contains(
            weight >= 1 ? "of its fields only the product"
            : metadata.Text.FieldsAsFiled ? "its priority, type and tags as filed" : "priority, type and tags are left out",
            card, StringComparison.Ordinal);
        Assert.Equal(registry.ReadMetadata(version).AnswersAtTarget ? 0 : 1, await page.Locator("#owner-model-warning").CountAsync());
        var html = await page.ContentAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        var bad = await page.GotoAsync("/leads?team=Nobody");
        Assert.Equal(400, bad!.Status);
        Assert.StartsWith("'Nobody' is not a known team; teams are ", await page.InnerTextAsync("p.error"), StringComparison.Ordinal);
    }

    private static async Task ChooseAsync(IPage page, (string Source, string Id, string Second, string NotShown) ticket, string service)
    {
        await page.GotoAsync($"/tickets/{ticket.Source}/{ticket.Id}");
        await page.SelectOptionAsync("#choose select", service);
        await page.ClickAsync("#choose button");
    }

    /// <summary>Decided, accepted top-1, within top-3 and both rates, as the page prints them.</summary>
    private static async Task<(string, string, string, string, string)> FiguresAsync(ILocator scope) =>
        (await scope.Locator(".decided").InnerTextAsync(), await scope.Locator(".top1").InnerTextAsync(), await scope.Locator(".top3").InnerTextAsync(),
         await scope.Locator(".top1-rate").InnerTextAsync(), await scope.Locator(".top3-rate").InnerTextAsync());

    /// <summary>The same figures from the API's JSON, formatted as the page formats them.</summary>
    private static (string, string, string, string, string) Figures(JsonElement counts) =>
        (counts.GetProperty("decided").GetInt64().ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
         counts.GetProperty("top1").GetInt64().ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
         counts.GetProperty("top3").GetInt64().ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
         Reporting.Host.Web.Html.Percent(counts.GetProperty("top1_rate").GetDouble()),
         Reporting.Host.Web.Html.Percent(counts.GetProperty("top3_rate").GetDouble()));

    private async Task SignInAsync(IPage page, string path, string key)
    {
        await page.GotoAsync(path);
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await page.FillAsync("#key", key);
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit].primary"),
            r => r.Request.Method == "GET" && new Uri(r.Url).AbsolutePath == path.Split('?')[0]);
        Assert.Equal(200, response.Status);
    }

    /// <summary>
    /// Three open tickets with a stored suggestion, no decision yet, and a second shown owner that is a known service,
    /// each with a known service that was not among its three shown owners.
    /// </summary>
    private async Task<IReadOnlyList<(string Source, string Id, string Second, string NotShown)>> UndecidedTicketsAsync()
    {
        var tickets = await fixture.Warehouse.Connection.ListAsync<(string, string, string, string)>(
            """
            SELECT t.source, t.external_id, o.owners[2],
                   (SELECT min(s.service) FROM services s WHERE NOT list_contains(o.owners[1:3], s.service))
            FROM tickets t JOIN owner_suggestions o ON o.source = t.source AND o.ticket_id = t.external_id
            WHERE NOT t.deleted AND t.resolved_at IS NULL AND len(o.owners) >= 2
              AND o.owners[2] IN (SELECT service FROM services)
              AND NOT EXISTS (SELECT 1 FROM triage_decisions d WHERE d.source = t.source AND d.ticket_id = t.external_id)
            ORDER BY t.created_at DESC, t.external_id LIMIT 3
            """);
        Assert.Equal(3, tickets.Count);
        return tickets;
    }

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
