using System.Globalization;
using Reporting.Testing.FakeApis;

namespace Reporting.Bench;

/// <summary>
/// <c>bench serve</c>: the fake Zendesk and Jira Cloud with N generated tickets on 127.0.0.1, to try
/// <c>reporting pull</c> by hand. Stops after <c>--minutes</c> (default 10) or Ctrl+C.
/// </summary>
public static class FakeServers
{
    public static async Task<int> ServeAsync(BenchArguments args, TextWriter output)
    {
        var tickets = BenchTickets.Generate(args.Number("tickets", 1_000)).ToList();
        await using var zendesk = await FakeZendesk.StartAsync();
        ZendeskRendering.Load(zendesk, tickets, comments: true);
        await using var jira = await FakeJira.StartAsync(JiraMode.Cloud);
        JiraRendering.Load(jira, tickets);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tickets.Count:N0} tickets each; configure for example:"));
        output.WriteLine($"  Sources__bench-zendesk__Kind=zendesk Sources__bench-zendesk__BaseUrl={zendesk.BaseUrl}");
        output.WriteLine($"  Sources__bench-jira__Kind=jira-cloud Sources__bench-jira__BaseUrl={jira.BaseUrl} Sources__bench-jira__Projects__0={JiraRendering.Project}");
        output.Flush();

        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(args.Number("minutes", 10)));
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Time is up or Ctrl+C: the fakes stop with the process.
        }

        return 0;
    }
}
