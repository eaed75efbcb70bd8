using System.Text.Json;
using Microsoft.Playwright;
using Reporting.Host.Tests.Api;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Web;

/// <summary>"Fits in this rotation" in a real Chromium: the card on the ticket page and the marker in the inbox say what the API says.</summary>
[Collection(ServiceCollection.Name)]
public class TicketFitBrowserTests(TriageWarehouse fixture) : IClassFixture<TriageWarehouse>, IAsyncLifetime
{
    private const string TriagerKey = "rpt_triager_key_for_the_fit_web_tests_000";
    private const string ViewerKey = "rpt_viewer_key_for_the_fit_web_tests_0000";
    private RunningService _service = null!;
    private IBrowserContext _context = null!;

    public async Task InitializeAsync()
    {
        _service = await fixture.StartServiceAsync(TriagerKey, ViewerKey);
        _context = await fixture.NewContextAsync(_service);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task The_ticket_page_shows_the_range_and_verdict_and_the_inbox_marks_the_ticket_the_same_way()
    {
        var newest = await fixture.Warehouse.Connection.ListAsync<(string Source, string Id)>(
            "SELECT source, external_id FROM tickets WHERE NOT deleted AND resolved_at IS NULL ORDER BY created_at DESC, source, external_id LIMIT 1");
        var (source, id) = newest.Single();
        using var api = _service.Client(TriagerKey);
        var fit = JsonDocument.Parse(await api.GetStringAsync($"/api/tickets/{id}/fit")).RootElement;
        var page = await _context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#key", TriagerKey);
        await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit].primary"), r => new Uri(r.Url).AbsolutePath == "/");

        var verdict = fit.GetProperty("verdict").GetString();
        var marker = page.Locator($"#inbox tr[data-ticket='{source}/{id}'] .badge[class*='fit-']");
        Assert.Equal(verdict == "Unknown" ? 0 : 1, await marker.CountAsync());
        if (verdict != "Unknown")
        {
            Assert.Equal(Label(verdict), await marker.InnerTextAsync());
            Assert.Equal(fit.GetProperty("reason").GetString(), await marker.GetAttributeAsync("title"));
        }

        await page.GotoAsync($"/tickets/{source}/{id}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("ticket-fit.png"), FullPage = true });
        Assert.Equal("Fits in this rotation?", await page.InnerTextAsync("#fit h2"));
        Assert.Equal(fit.GetProperty("reason").GetString(), await page.InnerTextAsync("#fit-reason"));
        Assert.Equal(Label(verdict), await page.InnerTextAsync("#fit .badge"));
        Assert.StartsWith("Time to resolve: ", await page.InnerTextAsync("#fit-range"), StringComparison.Ordinal);
    }

    private static string Label(string? verdict) => verdict switch
    {
        "Fits" => "fits this rotation",
        "Tight" => "tight for this rotation",
        "Backlog" => "team backlog",
        _ => "fit unknown",
    };

    private string Screenshot(string name)
    {
        var directory = Environment.GetEnvironmentVariable("REPORTING_SCREENSHOTS") == "1"
            ? Path.Combine(Fixture.RepositoryRoot(), "docs", "images")
            : Path.Combine(fixture.Warehouse.Directory, "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }
}
