using System.Globalization;

namespace Reporting.Bench;

/// <summary>
/// <c>bench speed</c>: every "speed where users wait" figure of issue 18 beside its baseline, measured in one run, as
/// the README's table. <c>--skip demo,suggest,jira,train,capacity</c> leaves parts out; <c>--tickets N</c> sizes the
/// capacity/snapshot warehouse (default 1,000,000); <c>--seconds</c> and <c>--clients</c> size the HTTP load.
/// </summary>
public static class SpeedBenchmark
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(BenchArguments args, TextWriter output)
    {
        var skip = (args.Text("skip") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var directory = args.Text("out") ?? Path.Combine(Path.GetTempPath(), "reporting-bench-speed");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        output.WriteLine(string.Create(C, $"bench speed: {Environment.ProcessorCount} cores, load average {LoadAverage()} at start; skipping: {(skip.Count == 0 ? "nothing" : string.Join(", ", skip))}"));
        var rows = new List<SpeedRow>();
        if (!skip.Contains("demo"))
        {
            var (warehouse, demoRows) = await DemoAndCliSpeed.RunAsync(directory, args.Number("runs", 3));
            rows.AddRange(demoRows);
            Flush(demoRows, output);
            if (!skip.Contains("suggest"))
            {
                var suggestRows = await SuggestionSpeed.RunAsync(warehouse, directory, args.Number("clients", 50), args.Number("seconds", 15), output);
                rows.AddRange(suggestRows);
                Flush(suggestRows, output);
            }
        }

        if (!skip.Contains("jira"))
        {
            var jiraRows = await JiraSpeed.RunAsync(args.Text("jira") ?? JiraSpeed.DefaultFile(), directory, train: !skip.Contains("train"));
            rows.AddRange(jiraRows);
            Flush(jiraRows, output);
        }

        if (!skip.Contains("capacity"))
        {
            var capacityRows = await CapacitySpeed.RunAsync(directory, args.Number("tickets", 1_000_000));
            rows.AddRange(capacityRows);
            Flush(capacityRows, output);
        }

        output.WriteLine(string.Create(C, $"load average at the end: {LoadAverage()}"));
        SpeedTable.Write(rows, output);
        return 0;
    }

    /// <summary>Each part's rows as soon as they are measured, so a long run shows progress.</summary>
    private static void Flush(IReadOnlyList<SpeedRow> rows, TextWriter output)
    {
        foreach (var r in rows)
        {
            output.WriteLine(string.Create(C, $"  {r.Figure}: {r.Measured} vs {(r.Baseline.Length == 0 ? "-" : r.Baseline)}{(r.Ratio is { } x ? $" = {x:F1}×" : "")}; target {r.Target}: {(r.Met ? "met" : "not met")}"));
        }

        output.Flush();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
