using System.Diagnostics;

namespace Reporting.Bench;

/// <summary>
/// The shared Apache Jira file: ingest (its own process, for its peak memory) against Python reading the same
/// file's JSON and nothing else (targets: within 2×, under 600 MB), then owner training on what was ingested
/// (target: under 60 s), as the CLI runs it.
/// </summary>
public static class JiraSpeed
{
    private const string PythonRead =
        "import gzip, json, sys\nn = 0\nfor line in gzip.open(sys.argv[1], 'rt', encoding='utf-8'):\n    json.loads(line); n += 1\nprint(n)";

    public static async Task<IReadOnlyList<SpeedRow>> RunAsync(string file, string directory, bool train)
    {
        var python = await PythonSecondsAsync(file);
        var db = Path.Combine(directory, "jira.duckdb");
        var ingest = Measurement.FromJson(await ChildProcess.RunAsync("run-file", "--db", db, "--file", file));
        var rows = new List<SpeedRow>
        {
            new(FormattableString.Invariant($"ingest of the shared Jira file ({ingest.Tickets:N0} issues)"), SpeedRow.Seconds(ingest.Seconds),
                SpeedRow.Seconds(python) + " (Python `json.loads` per line, nothing else)", ingest.Seconds / python, "≤ 2×", ingest.Seconds <= 2 * python),
            new("peak memory of that ingest", SpeedRow.Megabytes(ingest.PeakMegabytes), "", null, "< 600 MB", ingest.PeakMegabytes < 600),
        };
        if (train)
        {
            var seconds = await ReportingRun.SecondsAsync(directory, "owners", "train", "--db", db);
            rows.Add(new SpeedRow("`owners train` on the ingested Jira data (whole command)", SpeedRow.Seconds(seconds), SpeedRow.Seconds(ingest.Seconds) + " (its ingest)",
                seconds / ingest.Seconds, "< 60 s", seconds < 60));
        }

        return rows;
    }

    private static async Task<double> PythonSecondsAsync(string file)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(PythonRead);
        start.ArgumentList.Add(file);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 is needed for the baseline");
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? watch.Elapsed.TotalSeconds : throw new InvalidOperationException("python3 could not read " + file);
    }

    public static string DefaultFile()
    {
        for (var dir = new DirectoryInfo(SamplesFolder.Find()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets", "apache-jira", "hadoop-family.jsonl.gz");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("../shared/datasets/apache-jira/hadoop-family.jsonl.gz not found: pass --jira FILE or --skip jira");
    }

}
