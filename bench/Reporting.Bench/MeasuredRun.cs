using System.Diagnostics;
using Reporting.Ingest;
using Reporting.Ingest.Sources;
using Reporting.Warehouse;

namespace Reporting.Bench;

/// <summary>
/// The measured work, each in a process of its own so its peak memory is its own: a pull from a fake API
/// into an empty warehouse, or a file ingest of the same tickets. Prints one <see cref="Measurement"/> as JSON.
/// </summary>
public static class MeasuredRun
{
    public static async Task<int> PullAsync(BenchArguments args, TextWriter output)
    {
        var kind = args.Required("kind");
        var options = new SourceOptions
        {
            Kind = kind,
            BaseUrl = args.Required("url"),
            Token = "bench-token",
            Projects = kind == SourceKinds.JiraCloud ? [JiraRendering.Project] : [],
            IncludeComments = args.Flag("comments"),
            Fields = kind == SourceKinds.Zendesk ? ZendeskRendering.Fields : new FieldMappingOptions { TeamTagPrefix = "team-" },
        };
        var sources = new SourcesConfiguration(new Dictionary<string, SourceOptions> { ["bench"] = options });
        await using var connection = await WarehouseConnection.OpenAsync(args.Required("db"));
        var watch = Stopwatch.StartNew();
        var runner = new PullRunner(connection, sources, TimeProvider.System) { CommitEvery = args.Number("commit-every", PullRunner.DefaultCommitEvery) };
        var summary = await runner.RunAsync("bench", CancellationToken.None);
        watch.Stop();
        await output.WriteLineAsync(new Measurement(summary.Counts.Ingested, summary.Counts.Events, watch.Elapsed.TotalSeconds, Measurement.CurrentPeakBytes()).ToJson());
        return 0;
    }

    public static async Task<int> FileAsync(BenchArguments args, TextWriter output)
    {
        await using var connection = await WarehouseConnection.OpenAsync(args.Required("db"));
        var watch = Stopwatch.StartNew();
        var ingestor = args.Text("batch") is null
            ? new FileIngestor(connection, TimeProvider.System)
            : new FileIngestor(connection, TimeProvider.System) { BatchSize = args.Number("batch", 0) };
        var summary = await ingestor.IngestAsync(args.Required("file"), "bench", CancellationToken.None);
        watch.Stop();
        await output.WriteLineAsync(new Measurement(summary.Total.Ingested, summary.Total.Events, watch.Elapsed.TotalSeconds, Measurement.CurrentPeakBytes()).ToJson());
        return 0;
    }
}
