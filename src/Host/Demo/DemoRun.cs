using System.Diagnostics;
using System.Globalization;
using Reporting.Host.Cli;
using Reporting.Ingest;
using Reporting.Ingest.Warehouse;

namespace Reporting.Host.Demo;

/// <summary>
/// The main job end to end on a fresh warehouse: ingest the sample company, then every analysis
/// and report that has landed, printing what each step produced and where.
/// </summary>
public sealed class DemoRun(TimeProvider time, TextWriter output, ConsoleProgress progress)
{
    public async Task RunAsync(string samplesDir, string outDir, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        Directory.CreateDirectory(outDir);
        var db = Path.Combine(outDir, "warehouse.duckdb");
        foreach (var stale in new[] { db, db + ".wal" })
        {
            File.Delete(stale);
        }

        output.WriteLine($"Reporting demo: sample company {Path.GetFullPath(samplesDir)}");
        output.WriteLine($"[1] Ingest into {db}");
        await using var connection = await WarehouseConnection.OpenAsync(db, cancellationToken);
        var summary = await new FileIngestor(connection, time, progress).IngestAsync(samplesDir, "samples", cancellationToken);
        IngestReport.WriteText(summary, output);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Demo finished in {total.Elapsed.TotalSeconds:F1} s. Output: {Path.GetFullPath(outDir)}"));
    }
}
