using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Reporting.Host.Api;
using Reporting.Host.Tests.Web;

namespace Reporting.Host.Tests.Api;

/// <summary>The API reference page (Scalar over /openapi/v1.json) in a real Chromium, under its own content security policy.</summary>
[Collection(ServiceCollection.Name)]
public class ApiReferenceBrowserTests(ServiceFixture fixture) : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() =>
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"));

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_reference_page_admits_only_its_own_scripts_by_a_fresh_nonce()
    {
        using var client = _service.Client(key: null);

        var first = await client.GetAsync("/api/reference/");
        var second = await client.GetAsync("/api/reference/");
        var html = await first.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var policy = first.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        Assert.Equal(SecurityHeaders.ReferencePolicy(nonce), policy);
        Assert.Equal(3, Regex.Matches(html, "<script[^>]*").Count);
        Assert.Equal(3, Regex.Matches(html, $"<script[^>]* nonce=\"{Regex.Escape(nonce)}\"").Count);
        Assert.NotEqual(policy, second.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(SecurityHeaders.Policy, (await client.GetAsync("/openapi/v1.json")).Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_reference_renders_every_endpoint_in_chromium_without_a_policy_violation()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TriageWarehouse.Chromium,
            Args = ["--no-sandbox"],
            Headless = true,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _service.Address.ToString().TrimEnd('/') });
        var problems = new List<string>();
        var outside = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(_service.Address.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)
                && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        await page.GotoAsync("/api/reference");
        try
        {
            // Scalar renders a tag's operations when it is opened (lazily, as the list grows), so open each tag asked about.
            await page.GetByText("Health", new PageGetByTextOptions { Exact = true }).First.ClickAsync(new LocatorClickOptions { Timeout = 60_000 });
            await page.GetByText("Liveness: the process answers").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            await page.GetByText("Capacity", new PageGetByTextOptions { Exact = true }).First.ClickAsync();
            await page.GetByText("Capacity per ISO week for one team").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\nbrowser errors: {string.Join("\n", problems)}\nrequests elsewhere: {string.Join(", ", outside)}", ex);
        }

        var sidebar = await page.InnerTextAsync("body");
        Assert.All(["Health", "Capacity", "Reports", "Digests", "Tickets", "Owners"], tag => Assert.Contains(tag, sidebar, StringComparison.Ordinal));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("api-reference.png") });

        Assert.Empty(problems);
        Assert.Empty(outside);
    }

    // REPORTING_SCREENSHOTS=1 writes it into docs/images, as the workspace's browser tests do.
    private string Screenshot(string name)
    {
        var directory = Environment.GetEnvironmentVariable("REPORTING_SCREENSHOTS") == "1"
            ? Path.Combine(Reporting.Testing.Fixture.RepositoryRoot(), "docs", "images")
            : Path.Combine(fixture.Warehouse.Directory, "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }
}
