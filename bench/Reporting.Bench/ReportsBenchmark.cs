using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Reporting.Analytics.Capacity;
using Reporting.Ingest;
using Reporting.Reports.Capacity;
using Reporting.Analytics.Digest;
using Reporting.Host.Application.Digests;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;
using Reporting.Warehouse;

namespace Reporting.Bench;

/// <summary>
/// <c>bench reports [--rounds 5]</c>: every PM's weekly digest for the sample company plus the all-teams capacity
/// report, rendered from a warehouse of the committed sample. The first digest is cold (fonts, charts, shared
/// figures); the rest are timed warm over several rounds. Rendering runs in its own process for its peak memory.
/// </summary>
public static class ReportsBenchmark
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(BenchArguments args, TextWriter output)
    {
        var directory = args.Text("out") ?? Path.Combine(Path.GetTempPath(), "reporting-bench-reports");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var db = Path.Combine(directory, "warehouse.duckdb");
        await using (var connection = await WarehouseConnection.OpenAsync(db))
        {
            await new FileIngestor(connection, TimeProvider.System).IngestAsync(SamplesFolder.Find(), "samples");
        }

        var run = JsonSerializer.Deserialize<Run>(await ChildProcess.RunAsync("run-reports", "--db", db, "--rounds", args.Number("rounds", 5).ToString(C)))!;
        output.WriteLine(string.Create(C, $"sample company: {run.Digests} PM digests + all-teams capacity report; {run.Rounds} warm rounds; {Environment.ProcessorCount} cores"));
        output.WriteLine(string.Create(C, $"{"document",-28} {"seconds",8} {"KB",7}"));
        output.WriteLine(string.Create(C, $"{"first digest (cold)",-28} {run.ColdDigestSeconds,8:F3} {run.DigestKilobytesMax,7:N0}"));
        output.WriteLine(string.Create(C, $"{"digest, warm median",-28} {run.WarmDigestMedianSeconds,8:F3} {run.DigestKilobytesMean,7:N0}"));
        output.WriteLine(string.Create(C, $"{"digest, warm p90",-28} {run.WarmDigestP90Seconds,8:F3}"));
        output.WriteLine(string.Create(C, $"{"capacity report (warm)",-28} {run.CapacityReportSeconds,8:F3} {run.CapacityReportKilobytes,7:N0}   {run.CapacityReportPages} pages"));
        output.WriteLine(string.Create(C, $"all {run.Digests} digests + report, one warm round: {run.RoundSeconds:F2} s; peak memory {run.PeakMegabytes:N0} MB"));
        output.WriteLine(string.Create(C, $"targets: < 0.5 s per digest warm ({run.WarmDigestMedianSeconds / 0.5:P0} of it), < 400 KB per digest ({run.DigestKilobytesMax / 400:P0} of it)"));
        return 0;
    }

    public static async Task<int> RenderAsync(BenchArguments args, TextWriter output)
    {
        var rounds = args.Number("rounds", 5);
        await using var connection = await WarehouseConnection.OpenAsync(args.Required("db"));
        var time = TimeProvider.System;
        var renderer = new RenderDigests(connection, time, TextMasker.Default);
        var week = await renderer.WeekAsync(null, CancellationToken.None);
        var subscriptions = await DigestSubscription.LoadAllAsync(connection, CancellationToken.None);

        var watch = Stopwatch.StartNew();
        var first = await renderer.RenderAsync(subscriptions[0], week, false, CancellationToken.None);
        var cold = watch.Elapsed.TotalSeconds;
        var sizes = new List<double> { first.Report.Pdf.Length / 1024.0 };
        var warm = new List<double>();
        double roundSeconds = 0, reportSeconds = 0;
        RenderedReport? report = null;
        for (var round = 0; round < rounds; round++)
        {
            var roundWatch = Stopwatch.StartNew();
            foreach (var subscription in subscriptions)
            {
                watch.Restart();
                var digest = await renderer.RenderAsync(subscription, week, false, CancellationToken.None);
                warm.Add(watch.Elapsed.TotalSeconds);
                sizes.Add(digest.Report.Pdf.Length / 1024.0);
            }

            watch.Restart();
            var capacity = await new CapacityCalculator(connection, time).CalculateAsync(
                new CapacityOptions { From = week.AddWeeks(-11).Monday, To = week.Sunday, Store = false });
            report = ReportRenderer.Render(CapacityReportDocument.Build(capacity, week.AddWeeks(-11).Monday, week.Sunday, time.GetUtcNow()), "capacity.pdf");
            reportSeconds = watch.Elapsed.TotalSeconds;
            roundSeconds = roundWatch.Elapsed.TotalSeconds;
        }

        warm.Sort();
        await output.WriteLineAsync(JsonSerializer.Serialize(new Run(
            subscriptions.Count, rounds, cold, warm[warm.Count / 2], warm[(int)(warm.Count * 0.9)], sizes.Max(), sizes.Average(),
            reportSeconds, report!.Pdf.Length / 1024.0, report.Pages, roundSeconds, Measurement.CurrentPeakBytes() / 1048576.0)));
        return 0;
    }

    private sealed record Run(
        int Digests, int Rounds, double ColdDigestSeconds, double WarmDigestMedianSeconds, double WarmDigestP90Seconds,
        double DigestKilobytesMax, double DigestKilobytesMean, double CapacityReportSeconds, double CapacityReportKilobytes,
        int CapacityReportPages, double RoundSeconds, double PeakMegabytes);
}
