using System.Diagnostics;
using System.Globalization;
using Reporting.Host.Application.Capacity;
using Reporting.Ingest;
using Reporting.Warehouse;

namespace Reporting.Bench;

/// <summary>
/// <c>bench capacity-http [--clients 20] [--seconds 20]</c>: GET /api/teams/{team}/capacity from N concurrent clients
/// against the real <c>reporting serve</c> over the sample company, with the figures stored (as the scheduled refresh
/// leaves them) and for a period nobody stored (computed once for all concurrent callers, then remembered while
/// nothing is ingested); next to one computation in process, the cost each request paid before.
/// </summary>
public static class HttpCapacityBenchmark
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(BenchArguments args, TextWriter output)
    {
        var clients = args.Number("clients", 20);
        var seconds = args.Number("seconds", 20);
        var directory = args.Text("out") ?? Path.Combine(Path.GetTempPath(), "reporting-bench-capacity-http");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var db = Path.Combine(directory, "warehouse.duckdb");
        List<string> teams;
        var inProcess = new List<double>();
        var storedInProcess = new List<double>();
        var newest = DateOnly.MinValue;
        await using (var connection = await WarehouseConnection.OpenAsync(db))
        {
            await new FileIngestor(connection, TimeProvider.System).IngestAsync(SamplesFolder.Find(), "samples");
            teams = (await connection.ListAsync<string>("SELECT team FROM teams ORDER BY team")).ToList();
            var compute = new ComputeCapacity(TimeProvider.System);
            for (var i = 0; i < 5; i++)
            {
                var watch = Stopwatch.StartNew();
                await compute.RunAsync(connection, new CapacityRequest(teams[i % teams.Count], ForecastWeeks: 2), CancellationToken.None);
                inProcess.Add(watch.Elapsed.TotalMilliseconds);
            }

            // What the scheduled refresh leaves: all teams' figures for the default period, stored.
            await compute.RunAsync(connection, new CapacityRequest(ForecastWeeks: 2, Store: true), CancellationToken.None);
            var read = new ReadTeamCapacity(compute, _ => throw new InvalidOperationException("the stored figures should be fresh"));
            for (var i = 0; i < 200; i++)
            {
                var watch = Stopwatch.StartNew();
                await read.RunAsync(connection, new CapacityRequest(teams[i % teams.Count], ForecastWeeks: 2), CancellationToken.None);
                storedInProcess.Add(watch.Elapsed.TotalMilliseconds);
            }

            newest = DateOnly.FromDateTime(await connection.ScalarAsync<DateTime>("SELECT max(created_at) FROM tickets"));
        }

        await using (var server = await ServeProcess.StartAsync(db, directory, clients))
        {
            Task<HttpResponseMessage> Send(int i) => server.Http.GetAsync($"/api/teams/{Uri.EscapeDataString(teams[i % teams.Count])}/capacity");
            await HttpLoad.RunAsync(Send, clients, TimeSpan.FromSeconds(3));
            var stored = await HttpLoad.RunAsync(Send, clients, TimeSpan.FromSeconds(seconds));

            // A period nobody stored (ending a week earlier): every request computes, concurrent ones for the same team share the work.
            var to = newest.AddDays(-7).ToString("yyyy-MM-dd", C);
            Task<HttpResponseMessage> SendStale(int i) =>
                server.Http.GetAsync($"/api/teams/{Uri.EscapeDataString(teams[i % teams.Count])}/capacity?to={to}");
            var computed = await HttpLoad.RunAsync(SendStale, clients, TimeSpan.FromSeconds(seconds));

            output.WriteLine(string.Create(C, $"GET /api/teams/{{team}}/capacity on 127.0.0.1, {clients} concurrent clients for {seconds} s, sample company ({teams.Count} teams); {Environment.ProcessorCount} cores, server and clients on the same machine"));
            output.WriteLine(string.Create(C, $"{"",-44} {"req/s",8} {"p50 ms",9} {"p90 ms",9} {"p99 ms",9} {"errors",7}"));
            Line(output, "stored figures (fresh)", stored);
            Line(output, "not stored: computed once, then remembered", computed);
            output.WriteLine(string.Create(C, $"{"in process: one computation, one caller",-44} {1000 / HttpLoad.Percentile(inProcess, 0.5),8:N1} {HttpLoad.Percentile(inProcess, 0.5),9:F1}"));
            output.WriteLine(string.Create(C, $"{"in process: a repeated question, one caller",-44} {1000 / HttpLoad.Percentile(storedInProcess, 0.5),8:N0} {HttpLoad.Percentile(storedInProcess, 0.5),9:F2} {HttpLoad.Percentile(storedInProcess, 0.9),9:F2} {HttpLoad.Percentile(storedInProcess, 0.99),9:F2}"));
            output.WriteLine(string.Create(C, $"stored p99 is {stored.P99 / HttpLoad.Percentile(inProcess, 0.5):F3}x one in-process computation (target: p99 < 100 ms)"));
            return stored.Errors == 0 && computed.Errors == 0 ? 0 : 1;
        }
    }

    private static void Line(TextWriter output, string label, LoadResult r) =>
        output.WriteLine(string.Create(C, $"{label,-44} {r.RequestsPerSecond,8:N0} {r.P50,9:F1} {r.P90,9:F1} {r.P99,9:F1} {r.Errors,7:N0}"));
}
