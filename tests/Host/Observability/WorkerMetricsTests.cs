using Reporting.Testing;
using Reporting.Host.Tests.Jobs;

namespace Reporting.Host.Tests.Observability;

/// <summary>A worker has no HTTP API: <c>Metrics:Port</c> gives it a scrape endpoint of its own, without a key.</summary>
[Collection(ServiceCollection.Name)]
public class WorkerMetricsTests(ServiceFixture fixture)
{
    [Fact]
    public async Task A_worker_with_a_metrics_port_answers_a_scrape_naming_itself_a_worker()
    {
        var database = await fixture.NewDatabaseAsync();
        var port = FreePorts.Next();
        await using var worker = ReportingProcess.Start(fixture.Warehouse.Directory,
            "worker", $"--ConnectionStrings:Hangfire={database}", $"--Metrics:Port={port}", "--Logging:LogLevel:Default=Warning");
        using var client = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}"), Timeout = TimeSpan.FromSeconds(10) };

        ScrapedMetrics? metrics = null;
        await HangfirePostgresTests.WaitForAsync(() =>
        {
            try
            {
                metrics = ScrapedMetrics.ScrapeAsync(client).GetAwaiter().GetResult();
                // The endpoint may answer before the runtime's instruments have published a first value.
                return metrics.All.Any(s => s.Name.StartsWith("dotnet_", StringComparison.Ordinal));
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(60), () => worker.Error);

        var target = Assert.Single(metrics!.All, s => s.Name == "target_info");
        Assert.Equal($"{Environment.MachineName}:{worker.Id}:worker", target.Labels["service_instance_id"]);
        Assert.Contains(metrics.All, s => s.Name.StartsWith("dotnet_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_metrics_port_that_is_not_a_port_stops_the_worker_naming_the_setting()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var worker = ReportingProcess.Start(fixture.Warehouse.Directory, "worker", $"--ConnectionStrings:Hangfire={database}", "--Metrics:Port=99999");

        var exit = await worker.ExitCodeAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
        Assert.Contains("Metrics:Port must be a TCP port, 1–65535, not '99999'", worker.Error, StringComparison.Ordinal);
    }

}
