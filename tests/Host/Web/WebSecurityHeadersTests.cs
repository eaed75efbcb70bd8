using System.Net;
using Reporting.Host.Api;
using Reporting.Host.Tests.Api;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Web;

/// <summary>Every page of the workspace, signed in or not, carries the security headers and no server banner; pages use no inline script or style.</summary>
[Collection(ServiceCollection.Name)]
public class WebSecurityHeadersTests(ServiceFixture fixture) : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() =>
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"));

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Every_page_response_carries_the_security_headers()
    {
        var ticket = await fixture.Warehouse.Connection.ScalarAsync<string>(
            "SELECT source || '/' || external_id FROM tickets ORDER BY created_at DESC, external_id LIMIT 1");
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _service.Address };
        using var keyed = _service.Client();

        var responses = new List<(string, HttpResponseMessage)>
        {
            ("anonymous /", await anonymous.GetAsync("/")),
            ("anonymous /signin", await anonymous.GetAsync("/signin")),
            ("anonymous ticket", await anonymous.GetAsync($"/tickets/{ticket}")),
            ("stylesheet", await anonymous.GetAsync("/web/site.css")),
            ("inbox", await keyed.GetAsync("/")),
            ("inbox, bad page", await keyed.GetAsync("/?page=0")),
            ("ticket", await keyed.GetAsync($"/tickets/{ticket}")),
            ("unknown ticket", await keyed.GetAsync("/tickets/nowhere/nothing")),
        };

        Assert.Equal(
            [HttpStatusCode.Redirect, HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.NotFound],
            responses.Select(r => r.Item2.StatusCode));
        foreach (var (what, response) in responses)
        {
            Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp) && csp.Single() == SecurityHeaders.Policy, what);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.False(response.Headers.Contains("Server"), what);
        }

        foreach (var (what, response) in responses.Where(r => r.Item2.Content.Headers.ContentType?.MediaType == "text/html"))
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.True(html.Length > 0, what);
        }
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        using var keyed = _service.Client();
        var ticket = await fixture.Warehouse.Connection.ScalarAsync<string>(
            "SELECT source || '/' || external_id FROM tickets ORDER BY created_at DESC, external_id LIMIT 1");

        var response = await keyed.PostAsync($"/tickets/{ticket}/decisions", new FormUrlEncodedContent([new("kind", "accept")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await fixture.Warehouse.Connection.ScalarAsync<long>("SELECT count(*) FROM triage_decisions"));
    }

    [Fact]
    public async Task Without_a_configured_provider_the_signin_page_offers_keys_only()
    {
        using var anonymous = new HttpClient { BaseAddress = _service.Address };

        var signin = await anonymous.GetStringAsync("/signin");
        var sso = await anonymous.GetAsync("/signin/sso");

        Assert.DoesNotContain("/signin/sso", signin, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, sso.StatusCode);
    }
}
