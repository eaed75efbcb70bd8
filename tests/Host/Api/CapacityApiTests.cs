using System.Net;
using System.Text.Json;
using Reporting.Host.Application.Capacity;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Api;

/// <summary>GET /api/teams/{team}/capacity: stored figures while fresh, bounded periods, and one computation for many callers.</summary>
[Collection(ServiceCollection.Name)]
public class CapacityApiTests(ServiceFixture fixture) : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() =>
        _service = await RunningService.StartAsync(fixture.Warehouse.Path, Path.Combine(fixture.Warehouse.Directory, "snapshots"));

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Theory]
    [InlineData("from=0002-01-01&to=9998-12-01", "from")]
    [InlineData("from=1900-01-01&to=2200-01-01", "from")]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("from=2000-01-01&to=2026-11-30", "from")]
    [InlineData("forecastWeeks=9", "forecastWeeks")]
    public async Task Periods_out_of_bounds_are_refused_with_a_400_naming_the_field(string query, string field)
    {
        using var client = _service.Client();

        // Speed is bench's business; this says what the answer is (the bound is checked before anything is computed).
        var response = await client.GetAsync($"/api/teams/Payments/capacity?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Stored_figures_are_served_until_something_is_ingested_after_them()
    {
        using var client = _service.Client();
        var connection = fixture.Warehouse.Connection;
        var stored = await new ComputeCapacity(TimeProvider.System).RunAsync(
            connection, new CapacityRequest(ForecastWeeks: 2, Store: true), CancellationToken.None);

        var fresh = JsonDocument.Parse(await client.GetStringAsync("/api/teams/Payments/capacity")).RootElement;

        Assert.Equal("stored", fresh.GetProperty("source").GetString());
        Assert.Equal(
            stored.Weeks.Where(w => w.Team == "Payments").Select(w => (w.Week, w.EffectiveHours, w.OverflowHours, w.Forecast)),
            fresh.GetProperty("weeks").EnumerateArray().Select(w => (w.GetProperty("week").GetString()!, w.GetProperty("effective_hours").GetDouble(),
                w.GetProperty("overflow_hours").GetDouble(), w.GetProperty("forecast").GetBoolean())));

        var run = await connection.ScalarAsync<long>("SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs");
        await connection.RunAsync(
            "INSERT INTO ingest_runs (run_id, source, kind, input, started_at, finished_at, status) VALUES ($run, 'test', 'file', 'later.csv', now(), now() + INTERVAL 1 DAY, 'succeeded')",
            new { run });
        try
        {
            var stale = JsonDocument.Parse(await client.GetStringAsync("/api/teams/Payments/capacity")).RootElement;

            Assert.Equal("computed", stale.GetProperty("source").GetString());
            Assert.Equal(JsonValueKind.Null, stale.GetProperty("computed_at").ValueKind);
        }
        finally
        {
            await connection.RunAsync("DELETE FROM ingest_runs WHERE run_id = $run", new { run });
        }
    }

    [Fact]
    public async Task Twenty_concurrent_callers_all_get_the_same_answer()
    {
        using var client = _service.Client();

        var bodies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetStringAsync("/api/teams/Identity/capacity?forecastWeeks=1")));

        var weeks = bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("weeks").GetRawText()).Distinct().ToList();
        Assert.Single(weeks);
    }
}
