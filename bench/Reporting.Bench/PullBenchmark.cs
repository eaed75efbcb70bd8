using System.Diagnostics;
using System.Globalization;
using Reporting.Ingest.Sources;
using Reporting.Testing.FakeApis;

namespace Reporting.Bench;

/// <summary>
/// <c>bench pull</c>: serves N generated tickets from the fake Zendesk and the fake Jira Cloud (this
/// process, 127.0.0.1), pulls each into an empty warehouse in a child process, ingests the same tickets
/// as canonical JSON Lines in another child, and prints throughput, peak memory and the ratios side by side.
/// </summary>
public static class PullBenchmark
{
    public static async Task<int> RunAsync(BenchArguments args, TextWriter output)
    {
        var count = args.Number("tickets", 100_000);
        var zendeskComments = args.Flag("zendesk-comments");
        var commitEvery = args.Number("commit-every", PullRunner.DefaultCommitEvery).ToString(CultureInfo.InvariantCulture);
        var directory = args.Text("out") ?? Path.Combine(Path.GetTempPath(), "reporting-bench-pull");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var tickets = BenchTickets.Generate(count).ToList();

        var watch = Stopwatch.StartNew();
        await using var zendesk = await FakeZendesk.StartAsync();
        ZendeskRendering.Load(zendesk, tickets, zendeskComments);
        await using var jira = await FakeJira.StartAsync(JiraMode.Cloud);
        JiraRendering.Load(jira, tickets);
        var zendeskFile = Path.Combine(directory, "zendesk.jsonl");
        var jiraFile = Path.Combine(directory, "jira.jsonl");
        await CanonicalJsonLines.WriteAsync(zendeskFile, tickets, asJira: false, withComments: zendeskComments);
        await CanonicalJsonLines.WriteAsync(jiraFile, tickets, asJira: true, withComments: true);
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"prepared {count:N0} tickets per source in {watch.Elapsed.TotalSeconds:F1} s; fakes on {zendesk.BaseUrl} and {jira.BaseUrl}"));

        var rows = new List<(string Source, Measurement Pull, Measurement File)>
        {
            ("zendesk", await ChildAsync("run-pull", "--kind", SourceKinds.Zendesk, "--url", zendesk.BaseUrl.ToString(), "--db", Path.Combine(directory, "pull-zendesk.duckdb"), "--commit-every", commitEvery, zendeskComments ? "--comments" : ""),
                await ChildAsync("run-file", "--file", zendeskFile, "--db", Path.Combine(directory, "file-zendesk.duckdb"))),
            ("jira-cloud", await ChildAsync("run-pull", "--kind", SourceKinds.JiraCloud, "--url", jira.BaseUrl.ToString(), "--db", Path.Combine(directory, "pull-jira.duckdb"), "--commit-every", commitEvery),
                await ChildAsync("run-file", "--file", jiraFile, "--db", Path.Combine(directory, "file-jira.duckdb"))),
        };

        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c,
            $"{count:N0} tickets per source into an empty warehouse; pulls commit every {commitEvery} tickets; {Environment.ProcessorCount} cores; fake APIs in the parent process on 127.0.0.1"));
        output.WriteLine(string.Create(c,
            $"{"source",-11} {"path",-12} {"tickets",9} {"events",9} {"seconds",8} {"tickets/s",10} {"peak MB",8}   {"time vs file",12} {"peak vs file",12}"));
        foreach (var (source, pull, file) in rows)
        {
            output.WriteLine(string.Create(c,
                $"{source,-11} {"pull (HTTP)",-12} {pull.Tickets,9:N0} {pull.Events,9:N0} {pull.Seconds,8:F1} {pull.TicketsPerSecond,10:N0} {pull.PeakMegabytes,8:N0}   {pull.Seconds / file.Seconds,11:F1}x {pull.PeakMegabytes / file.PeakMegabytes,11:F1}x"));
            output.WriteLine(string.Create(c,
                $"{"",-11} {"file ingest",-12} {file.Tickets,9:N0} {file.Events,9:N0} {file.Seconds,8:F1} {file.TicketsPerSecond,10:N0} {file.PeakMegabytes,8:N0}"));
        }

        if (!zendeskComments)
        {
            output.WriteLine("Zendesk comments not pulled (one request per ticket); add --zendesk-comments to include them.");
        }

        return 0;
    }

    private static async Task<Measurement> ChildAsync(params string[] arguments) => Measurement.FromJson(await ChildProcess.RunAsync(arguments));
}
