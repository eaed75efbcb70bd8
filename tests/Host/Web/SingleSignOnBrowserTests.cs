using Microsoft.Playwright;
using Reporting.Host.Tests.Api;

namespace Reporting.Host.Tests.Web;

/// <summary>Single sign-on in a real Chromium: the company's provider vouches for a person, their group gives the role.</summary>
[Collection(ServiceCollection.Name)]
public class SingleSignOnBrowserTests(TriageWarehouse fixture) : IClassFixture<TriageWarehouse>, IAsyncLifetime
{
    private OpenIdProvider _provider = null!;
    private RunningService _service = null!;
    private IBrowserContext _context = null!;

    public async Task InitializeAsync()
    {
        _provider = await OpenIdProvider.StartAsync();
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"),
            $"--Authentication:OpenIdConnect:Authority={_provider.Authority}",
            $"--Authentication:OpenIdConnect:ClientId={OpenIdProvider.ClientId}",
            $"--Authentication:OpenIdConnect:ClientSecret={OpenIdProvider.ClientSecret}",
            "--Authentication:OpenIdConnect:RequireHttpsMetadata=false",
            "--Authentication:OpenIdConnect:DisplayName=Acme SSO",
            "--Authentication:OpenIdConnect:Roles:rotation-engineers=triager",
            "--Authentication:OpenIdConnect:Roles:product=viewer");
        _context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _service.Address.ToString().TrimEnd('/') });
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _service.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task A_person_in_a_mapped_group_signs_in_through_the_provider_and_lands_on_the_page_they_asked_for()
    {
        var page = await _context.NewPageAsync();
        await page.GotoAsync("/?team=Payments");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);

        await page.ClickAsync("text=Sign in with Acme SSO");

        var url = new Uri(page.Url);
        Assert.Equal("/", url.AbsolutePath);
        Assert.Equal("?team=Payments", url.Query);
        Assert.Equal("ines", await page.InnerTextAsync(".who"));
        Assert.StartsWith("Inbox", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Equal(1, _provider.TokensIssued);
    }

    [Fact]
    public async Task A_group_mapped_to_viewer_gives_a_viewer_session_that_starts_on_capacity_and_may_not_open_the_inbox()
    {
        _provider.Person = ("paula", ["product", "everyone"]);
        var page = await _context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.ClickAsync("text=Sign in with Acme SSO");

        Assert.Equal("/capacity", new Uri(page.Url).AbsolutePath);
        Assert.Equal("paula", await page.InnerTextAsync(".who"));
        var inbox = await page.GotoAsync("/");
        Assert.Equal(403, inbox!.Status);
    }

    [Fact]
    public async Task A_person_whose_groups_map_to_no_role_is_refused_with_the_reason_on_the_signin_page()
    {
        _provider.Person = ("visitor", ["everyone"]);
        var page = await _context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.ClickAsync("text=Sign in with Acme SSO");

        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Your account has no role in this workspace: ask an admin to map one of your groups.", await page.InnerTextAsync("[role=alert]"));
        Assert.Equal(0, await page.Locator(".who").CountAsync());
    }
}
