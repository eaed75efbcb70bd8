using System.Net;
using System.Text.Json;
using Reporting.Host.Tests.Api;
using Reporting.Host.Tests.Jobs;
using Reporting.Ingest.Loading;
using Reporting.Testing;

namespace Reporting.Host.Tests.Observability;

/// <summary>/healthz/ready on the real service with real PostgreSQL: each check named, 503 with the reason when one fails.</summary>
[Collection(ServiceCollection.Name)]
public class ReadinessTests
{
    [Fact]
    public async Task Readiness_fails_naming_postgresql_while_it_is_stopped_and_recovers_when_it_runs_again()
    {
        // A server of its own: stopping the collection's shared one would disturb other tests' services.
        await using var postgres = await PostgresServer.StartAsync();
        await using var warehouse = await TempWarehouse.CreateAsync();
        await using var service = await RunningService.StartAsync(warehouse.Path, Path.Combine(warehouse.Directory, "snapshots"),
            $"--ConnectionStrings:Hangfire={postgres.ConnectionString()}");
        using var client = service.Client();

        var before = await ReadyAsync(client);
        await postgres.StopAsync();
        var down = await ReadyAsync(client);
        var alive = await client.GetAsync("/healthz");
        await postgres.StartAgainAsync();
        var after = await ReadyAsync(client);

        Assert.Equal((HttpStatusCode.OK, "degraded"), (before.Code, before.Status)); // degraded: no owner model yet
        Assert.Equal("healthy", before.Checks["postgresql"].Status);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "unhealthy"), (down.Code, down.Status));
        Assert.Equal("unhealthy", down.Checks["postgresql"].Status);
        Assert.StartsWith($"PostgreSQL at 127.0.0.1:{postgres.Port}/postgres (ConnectionStrings:Hangfire) is unreachable: ", down.Checks["postgresql"].Detail);
        Assert.Equal(["warehouse", "owner-model"], down.Checks.Where(c => c.Value.Status != "unhealthy").Select(c => c.Key));
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal((HttpStatusCode.OK, "healthy"), (after.Code, after.Checks["postgresql"].Status));
    }

    [Fact]
    public async Task Readiness_names_a_source_not_pulled_within_twice_its_schedule_with_its_last_error_and_tells_anonymous_callers_no_details()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        var now = DateTimeOffset.UtcNow;
        await RecordPullAsync(warehouse, "fresh", now.AddMinutes(-1), error: null);
        await RecordPullAsync(warehouse, "stale", now.AddHours(-2), error: null);
        await RecordPullAsync(warehouse, "stale", now.AddMinutes(-10), error: "GET /api/v2/incremental/tickets/cursor.json answered 503");
        // Every minute of an hour that is over: it fired many times since the stale pull, and fires no pull during the test.
        var schedule = $"* {now.AddMinutes(-90).Hour} * * *";
        string[] source(string name) =>
        [
            $"--Sources:{name}:Kind=zendesk", $"--Sources:{name}:BaseUrl=http://127.0.0.1:1", $"--Sources:{name}:Token=t",
            $"--Sources:{name}:Schedule={schedule}",
        ];
        await using var service = await RunningService.StartAsync(warehouse.Path, Path.Combine(warehouse.Directory, "snapshots"),
            [.. source("fresh"), .. source("stale")]);
        using var client = service.Client();
        using var anonymous = service.Client(key: null);

        var ready = await ReadyAsync(client);
        var told = await ReadyAsync(anonymous);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "unhealthy"), (ready.Code, ready.Status));
        Assert.Equal(["warehouse", "source:fresh", "source:stale", "owner-model"], ready.Checks.Keys);
        Assert.Equal("healthy", ready.Checks["source:fresh"].Status);
        Assert.StartsWith("last pulled 1 min ago", ready.Checks["source:fresh"].Detail);
        Assert.Equal("unhealthy", ready.Checks["source:stale"].Status);
        Assert.Matches(
            $@"^stale: last pulled 2 h ago \(.+\), and two scheduled pulls \({System.Text.RegularExpressions.Regex.Escape(schedule)}\) have passed since; " +
            "the last attempt failed 10 min ago: GET /api/v2/incremental/tickets/cursor.json answered 503$",
            ready.Checks["source:stale"].Detail);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "unhealthy"), (told.Code, told.Status));
        Assert.Equal(ready.Checks.Select(c => (c.Key, c.Value.Status)), told.Checks.Select(c => (c.Key, c.Value.Status)));
        Assert.All(told.Checks.Values, c => Assert.Null(c.Detail));
    }

    private static async Task RecordPullAsync(TempWarehouse warehouse, string source, DateTimeOffset at, string? error)
    {
        var log = new IngestRunLog(warehouse.Connection, TestClock.Create(at));
        var run = await log.StartAsync(source, "pull", "zendesk http://127.0.0.1:1");
        await log.FinishAsync(run, IngestCounts.Zero, error);
    }

    private static async Task<Readiness> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/healthz/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => (Status: c.GetProperty("status").GetString()!, Detail: c.TryGetProperty("detail", out var d) ? d.GetString() : null));
        return new Readiness(response.StatusCode, body.GetProperty("status").GetString()!, checks);
    }

    private sealed record Readiness(HttpStatusCode Code, string Status, Dictionary<string, (string Status, string? Detail)> Checks);
}
