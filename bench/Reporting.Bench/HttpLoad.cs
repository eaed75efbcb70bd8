using System.Diagnostics;
using System.Net;

namespace Reporting.Bench;

/// <summary>N clients sending requests back to back for a while: throughput, latency percentiles and errors.</summary>
public static class HttpLoad
{
    /// <param name="send">Sends request number i.</param>
    public static async Task<LoadResult> RunAsync(Func<int, Task<HttpResponseMessage>> send, int clients, TimeSpan duration)
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
                watch.Restart();
                try
                {
                    using var response = await send(i++);
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

    public static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }
}

/// <summary>What a load run measured, latencies in milliseconds.</summary>
public sealed record LoadResult(double RequestsPerSecond, double P50, double P90, double P99, int Errors);
