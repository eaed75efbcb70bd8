using System.Net;
using System.Text.Json;
using Reporting.Host.Api;
using Reporting.Host.Service;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Api;

/// <summary>Who may do what, and the headers every response carries, on the real service.</summary>
[Collection(ServiceCollection.Name)]
public class AccessTests(ServiceFixture fixture) : IAsyncLifetime
{
    private const string ViewerKey = "rpt_viewer_key_for_the_access_tests_000000";
    private const string TriagerKey = "rpt_triager_key_for_the_access_tests_00000";
    private const string AdminKey = "rpt_admin_key_for_the_access_tests_0000000";
    private RunningService _service = null!;

    public async Task InitializeAsync() =>
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"),
            "--Api:Keys:1:Name=pm", $"--Api:Keys:1:Sha256={ApiKeyHasher.Hash(ViewerKey)}", "--Api:Keys:1:Role=viewer",
            "--Api:Keys:2:Name=rotation", $"--Api:Keys:2:Sha256={ApiKeyHasher.Hash(TriagerKey)}", "--Api:Keys:2:Role=triager",
            "--Api:Keys:3:Name=ops", $"--Api:Keys:3:Sha256={ApiKeyHasher.Hash(AdminKey)}", "--Api:Keys:3:Role=Admin");

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Theory]
    [InlineData(ViewerKey, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(TriagerKey, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(AdminKey, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData(RunningService.Key, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)] // no role: full access
    public async Task A_viewer_reads_capacity_a_triager_also_routes_tickets_and_an_admin_also_sees_deliveries_and_jobs(
        string key, HttpStatusCode capacity, HttpStatusCode similar, HttpStatusCode deliveries, HttpStatusCode dashboard)
    {
        using var client = _service.Client(key);
        using var browser = _service.Client(key: null);
        browser.DefaultRequestHeaders.Authorization = RunningService.Basic("someone", key);
        var ticket = await fixture.Warehouse.Connection.ScalarAsync<string>("SELECT min(external_id) FROM tickets");

        Assert.Equal(capacity, (await client.GetAsync("/api/teams/Payments/capacity")).StatusCode);
        Assert.Equal(similar, (await client.GetAsync($"/api/tickets/{ticket}/similar")).StatusCode);
        Assert.Equal(deliveries, (await client.GetAsync("/api/digests/deliveries")).StatusCode);
        Assert.Equal(dashboard, (await browser.GetAsync("/hangfire")).StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/healthz/ready")]
    [InlineData("/metrics")]
    [InlineData("/api/teams/Payments/capacity")]
    [InlineData("/api/nothing-here")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_response_carries_the_security_headers_and_no_server_banner(string path)
    {
        using var client = _service.Client();

        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal(SecurityHeaders.Policy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_openapi_document_declares_the_key_and_requires_it_under_api()
    {
        using var client = _service.Client(key: null);

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal(("apiKey", "header", "X-Api-Key"),
            (schemes.GetProperty("ApiKey").GetProperty("type").GetString(), schemes.GetProperty("ApiKey").GetProperty("in").GetString(), schemes.GetProperty("ApiKey").GetProperty("name").GetString()));
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        var capacity = document.GetProperty("paths").GetProperty("/api/teams/{team}/capacity").GetProperty("get");
        Assert.Equal(2, capacity.GetProperty("security").GetArrayLength());
        Assert.False(document.GetProperty("paths").GetProperty("/healthz").GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task A_key_with_an_unknown_role_stops_the_service_at_start_naming_the_setting()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => RunningService.StartAsync(
            fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots-role"), "--Api:Keys:0:Role=superuser"));

        Assert.Contains("Api:Keys:N:Role must be one of viewer, triager, admin", failure.Message, StringComparison.Ordinal);
    }
}
