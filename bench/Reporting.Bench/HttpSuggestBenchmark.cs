using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;
using Reporting.Ingest;
using Reporting.Warehouse;

namespace Reporting.Bench;

/// <summary>
/// <c>bench http [--clients 50] [--seconds 30]</c>: owner suggestions over HTTP on loopback against the real
/// <c>reporting serve</c> (a child process) over the sample company with a trained model: requests per second and
/// latency percentiles at N concurrent clients, next to the same suggestion made in process.
/// </summary>
public static class HttpSuggestBenchmark
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(BenchArguments args, TextWriter output)
    {
        var clients = args.Number("clients", 50);
        var seconds = args.Number("seconds", 30);
        var directory = args.Text("out") ?? Path.Combine(Path.GetTempPath(), "reporting-bench-http");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var db = Path.Combine(directory, "warehouse.duckdb");
        List<Request> requests;
        InProcess inProcess;
        await using (var connection = await WarehouseConnection.OpenAsync(db))
        {
            await new FileIngestor(connection, TimeProvider.System).IngestAsync(SamplesFolder.Find(), "samples");
            var registry = OwnerModelRegistry.ForWarehouse(db);
            await new OwnerTraining(connection, registry).RunAsync();
            requests = (await connection.ListAsync<(string Subject, string Body, string Tags)>(
                    "SELECT subject, body, array_to_string(tags, ';') FROM tickets ORDER BY created_at DESC LIMIT 500"))
                .Select(r => new Request(r.Subject, r.Body, r.Tags.Split(';', StringSplitOptions.RemoveEmptyEntries))).ToList();
            inProcess = await MeasureInProcessAsync(connection, registry, requests);
        }

        await using var server = await ServeProcess.StartAsync(db, directory, clients);
        {
            var http = server.Http;
            Func<int, Task<HttpResponseMessage>> send = i =>
            {
                var r = requests[i % requests.Count];
                return http.PostAsJsonAsync("/api/owners/suggest", new { subject = r.Subject, body = r.Body, tags = r.Tags });
            };
            await HttpLoad.RunAsync(send, clients, TimeSpan.FromSeconds(3)); // warm-up: JIT, index, model
            var load = await HttpLoad.RunAsync(send, clients, TimeSpan.FromSeconds(seconds));

            output.WriteLine(string.Create(C, $"POST /api/owners/suggest on 127.0.0.1, {clients} concurrent clients for {seconds} s, sample company ({requests.Count} distinct tickets); {Environment.ProcessorCount} cores, server and clients on the same machine"));
            output.WriteLine(string.Create(C, $"{"",-34} {"req/s",8} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"errors",7}"));
            output.WriteLine(string.Create(C, $"{"over HTTP (auth, JSON, similar tickets)",-34} {load.RequestsPerSecond,8:N0} {load.P50,8:F2} {load.P90,8:F2} {load.P99,8:F2} {load.Errors,7:N0}"));
            output.WriteLine(string.Create(C, $"{"in process: full suggestion",-34} {1000 / inProcess.SuggestP50,8:N0} {inProcess.SuggestP50,8:F2} {"",8} {inProcess.SuggestP99,8:F2}"));
            output.WriteLine(string.Create(C, $"{"in process: classifier only",-34} {1000 / inProcess.PredictP50,8:N0} {inProcess.PredictP50,8:F3} {"",8} {inProcess.PredictP99,8:F3}"));
            output.WriteLine(string.Create(C, $"HTTP p50 is {load.P50 / inProcess.SuggestP50:F1}x the in-process suggestion and {load.P50 / inProcess.PredictP50:F0}x the bare prediction (one request at a time in process; {clients} queued over HTTP)"));
            return load.Errors == 0 ? 0 : 1;
        }
    }

    private static async Task<InProcess> MeasureInProcessAsync(DuckDB.NET.Data.DuckDBConnection connection, OwnerModelRegistry registry, List<Request> requests)
    {
        using var similar = new SimilarTicketFinder();
        await similar.RefreshAsync(connection, CancellationToken.None);
        var suggester = OwnerSuggester.LoadCurrent(registry, similar)!;
        var tickets = requests.Select((r, i) => new OwnerTicket($"b{i}", DateTime.UtcNow, r.Subject, r.Body, null, null, null, null, r.Tags)).ToList();
        foreach (var t in tickets.Take(50))
        {
            suggester.Classifier.Predict(t);
        }

        var predict = new List<double>();
        var watch = new Stopwatch();
        foreach (var t in tickets)
        {
            watch.Restart();
            suggester.Classifier.Predict(t);
            predict.Add(watch.Elapsed.TotalMilliseconds);
        }

        var suggest = new List<double>();
        foreach (var t in tickets.Take(200))
        {
            watch.Restart();
            await suggester.SuggestAsync(connection, t, CancellationToken.None);
            suggest.Add(watch.Elapsed.TotalMilliseconds);
        }

        return new InProcess(HttpLoad.Percentile(predict, 0.5), HttpLoad.Percentile(predict, 0.99), HttpLoad.Percentile(suggest, 0.5), HttpLoad.Percentile(suggest, 0.99));
    }

    private sealed record Request(string Subject, string Body, string[] Tags);

    private sealed record InProcess(double PredictP50, double PredictP99, double SuggestP50, double SuggestP99);

}
