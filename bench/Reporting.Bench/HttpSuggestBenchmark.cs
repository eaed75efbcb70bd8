using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;
using Reporting.Host.Api;
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

        var key = ApiKeyHasher.NewKey();
        var port = FreePort();
        using var server = StartServer(db, port, key, directory);
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                Timeout = TimeSpan.FromSeconds(30),
            };
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
            await WaitUntilUpAsync(http, server);
            await LoadAsync(http, requests, clients, TimeSpan.FromSeconds(3)); // warm-up: JIT, index, model
            var load = await LoadAsync(http, requests, clients, TimeSpan.FromSeconds(seconds));

            output.WriteLine(string.Create(C, $"POST /api/owners/suggest on 127.0.0.1, {clients} concurrent clients for {seconds} s, sample company ({requests.Count} distinct tickets); {Environment.ProcessorCount} cores, server and clients on the same machine"));
            output.WriteLine(string.Create(C, $"{"",-34} {"req/s",8} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"errors",7}"));
            output.WriteLine(string.Create(C, $"{"over HTTP (auth, JSON, similar tickets)",-34} {load.RequestsPerSecond,8:N0} {load.P50,8:F2} {load.P90,8:F2} {load.P99,8:F2} {load.Errors,7:N0}"));
            output.WriteLine(string.Create(C, $"{"in process: full suggestion",-34} {1000 / inProcess.SuggestP50,8:N0} {inProcess.SuggestP50,8:F2} {"",8} {inProcess.SuggestP99,8:F2}"));
            output.WriteLine(string.Create(C, $"{"in process: classifier only",-34} {1000 / inProcess.PredictP50,8:N0} {inProcess.PredictP50,8:F3} {"",8} {inProcess.PredictP99,8:F3}"));
            output.WriteLine(string.Create(C, $"HTTP p50 is {load.P50 / inProcess.SuggestP50:F1}x the in-process suggestion and {load.P50 / inProcess.PredictP50:F0}x the bare prediction (one request at a time in process; {clients} queued over HTTP)"));
            return load.Errors == 0 ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
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

        return new InProcess(Percentile(predict, 0.5), Percentile(predict, 0.99), Percentile(suggest, 0.5), Percentile(suggest, 0.99));
    }

    private static async Task<LoadResult> LoadAsync(HttpClient http, List<Request> requests, int clients, TimeSpan duration)
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var own = latencies[client] = [];
            var i = client;
            var watch = new Stopwatch();
            while (deadline.Elapsed < duration)
            {
                var r = requests[i++ % requests.Count];
                watch.Restart();
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/owners/suggest", new { subject = r.Subject, body = r.Body, tags = r.Tags });
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                own.Add(watch.Elapsed.TotalMilliseconds);
            }
        }));
        var all = latencies.SelectMany(l => l).ToList();
        return new LoadResult(all.Count / deadline.Elapsed.TotalSeconds, Percentile(all, 0.5), Percentile(all, 0.9), Percentile(all, 0.99), errors);
    }

    private static Process StartServer(string db, int port, string key, string directory)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var a in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "reporting.dll"), "serve", "--db", db, "--urls", $"http://127.0.0.1:{port}",
                     "--Api:Keys:0:Name=bench", $"--Api:Keys:0:Sha256={ApiKeyHasher.Hash(key)}", "--Logging:LogLevel:Default=Warning",
                     $"--Reporting:Snapshots={Path.Combine(directory, "snapshots")}",
                 })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUpAsync(HttpClient http, Process server)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"reporting serve exited with {server.ExitCode}");
            }

            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("reporting serve did not answer /healthz within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }

    private sealed record Request(string Subject, string Body, string[] Tags);

    private sealed record InProcess(double PredictP50, double PredictP99, double SuggestP50, double SuggestP99);

    private sealed record LoadResult(double RequestsPerSecond, double P50, double P90, double P99, int Errors);
}
