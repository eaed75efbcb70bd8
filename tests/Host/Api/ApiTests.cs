using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Reporting.Host.Application;
using Reporting.Host.Application.Capacity;
using Reporting.Warehouse;
using UglyToad.PdfPig;

namespace Reporting.Host.Tests.Api;

/// <summary>The HTTP API on a real Kestrel over the sample warehouse: authentication, validation, PDFs, OpenAPI, dashboard.</summary>
[Collection(ServiceCollection.Name)]
public class ApiTests(ServiceFixture fixture) : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() =>
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"));

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Liveness_is_public_and_tells_nothing_about_the_data_even_to_key_holders()
    {
        using var anonymous = _service.Client(key: null);
        using var client = _service.Client();

        var open = await anonymous.GetStringAsync("/healthz");
        var known = await client.GetStringAsync("/healthz");

        Assert.Equal("""{"status":"healthy"}""", open);
        Assert.Equal(open, known);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("rpt_wrong_key")]
    public async Task The_api_refuses_requests_without_a_valid_key(string? key)
    {
        using var client = _service.Client(key);

        var response = await client.GetAsync("/api/teams/Payments/capacity");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Capacity_comes_back_per_iso_week_with_a_forecast_for_a_bearer_key_too()
    {
        using var client = _service.Client(key: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RunningService.Key);

        var body = JsonDocument.Parse(await client.GetStringAsync("/api/teams/Payments/capacity?forecastWeeks=2")).RootElement;
        var weeks = body.GetProperty("weeks").EnumerateArray().ToList();

        Assert.Equal("Payments", body.GetProperty("team").GetString());
        Assert.Equal(2, weeks.Count(w => w.GetProperty("forecast").GetBoolean()));
        Assert.All(weeks, w => Assert.Matches(@"^\d{4}-W\d{2}$", w.GetProperty("week").GetString()));
        // The API answers with exactly what the capacity computation gives for the same default period.
        var expected = await new ComputeCapacity(TimeProvider.System).RunAsync(
            fixture.Warehouse.Connection, new CapacityRequest("Payments", ForecastWeeks: 2), CancellationToken.None);
        Assert.Equal(expected.Weeks.Select(w => (w.Week, w.NominalHours, w.RotationHours, w.LeakedHours, w.EffectiveHours, w.TicketsOpened)),
            weeks.Select(w => (w.GetProperty("week").GetString()!, w.GetProperty("nominal_hours").GetDouble(), w.GetProperty("rotation_hours").GetDouble(),
                w.GetProperty("leaked_hours").GetDouble(), w.GetProperty("effective_hours").GetDouble(), w.GetProperty("tickets_opened").GetInt64())));
    }

    [Fact]
    public async Task Invalid_input_gets_problem_details_naming_the_field()
    {
        using var client = _service.Client();

        var backwards = await client.GetAsync("/api/teams/Payments/capacity?from=2026-06-30&to=2026-06-01");
        var unknown = await client.GetAsync("/api/teams/Nobody/capacity");
        var badWeek = await client.GetAsync("/api/digests/2026-W99/pm@example.com.pdf");
        var badDate = await client.GetAsync("/api/teams/Payments/capacity?from=2026-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("application/problem+json", backwards.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(await backwards.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("to", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Payments", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badWeek.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("from", JsonDocument.Parse(await badDate.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_capacity_report_and_a_digest_download_as_valid_pdfs()
    {
        using var client = _service.Client();
        var pm = await fixture.Warehouse.Connection.ScalarAsync<string>("SELECT min(pm_email) FROM teams");
        var week = Reporting.Warehouse.Calendar.IsoWeek.Of(await fixture.Warehouse.Connection.ScalarAsync<DateTime>("SELECT max(created_at) FROM tickets")).AddWeeks(-1);

        var report = await client.GetAsync("/api/reports/capacity.pdf?team=Payments");
        var digest = await client.GetAsync($"/api/digests/{week}/{pm}.pdf");

        Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);
        using (var pdf = PdfDocument.Open(await report.Content.ReadAsByteArrayAsync()))
        {
            Assert.Contains("Next two weeks", pdf.GetPage(1).Text);
            Assert.Contains("Where the support load came from", string.Concat(pdf.GetPages().Select(p => p.Text)));
        }

        using (var pdf = PdfDocument.Open(await digest.Content.ReadAsByteArrayAsync()))
        {
            Assert.Contains($"Weekly digest {week}", pdf.Information.Title);
        }
    }

    [Fact]
    public async Task The_api_is_described_with_openapi()
    {
        using var client = _service.Client(key: null);

        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");

        foreach (var path in new[] { "/healthz", "/healthz/ready", "/api/teams/{team}/capacity", "/api/reports/capacity.pdf", "/api/digests/{week}/{pm}.pdf" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }
    }

    [Fact]
    public async Task The_dashboard_asks_for_credentials_and_admits_an_api_key()
    {
        using var anonymous = _service.Client(key: null);
        using var browser = _service.Client(key: null);
        browser.DefaultRequestHeaders.Authorization = RunningService.Basic("ops", RunningService.Key);

        var refused = await anonymous.GetAsync("/hangfire");
        var admitted = await browser.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Basic", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        Assert.Contains("capacity-refresh", await browser.GetStringAsync("/hangfire/recurring"), StringComparison.Ordinal);
    }
}
