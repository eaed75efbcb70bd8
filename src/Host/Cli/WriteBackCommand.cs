using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Reporting.Analytics.Duplicates;
using Reporting.Host.Application.Privacy;
using Reporting.Host.Application.Tickets;
using Reporting.Host.Application.WriteBack;
using Reporting.Ingest.Sources;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting writeback run --db FILE [--source NAME] [--dry-run] [--retry-failed] [--json]</c>: writes suggestions back to
/// the sources now, through the same exactly-once record as the service's job. Sources come from the standard configuration
/// (appsettings.json, Sources__NAME__… in the environment, or --Sources:NAME:…=… on this command line).
/// </summary>
public static class WriteBackCommand
{
    public static Command Build(TimeProvider time)
    {
        var db = CliOptions.Database();
        var source = new Option<string?>("--source") { Description = "One source (default: every source with WriteBack:Enabled)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print each request that would be sent; send and record nothing" };
        var retryFailed = new Option<bool>("--retry-failed") { Description = "Try again the actions recorded as failed" };
        var json = CliOptions.Json();
        var run = new Command("run", "Write suggested owners back to Zendesk, Jira and GitHub tickets (once per ticket and decision)")
        {
            db, source, dryRun, retryFailed, json,
        };
        run.TreatUnmatchedTokensAsErrors = false;
        run.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var configuration = CliConfiguration.Load(result.UnmatchedTokens);
            var sources = SourcesConfiguration.From(configuration);
            await using var connection = await WarehouseConnection.OpenExistingAsync(result.GetValue(db)!, cancellationToken);
            using var finder = new SimilarTicketFinder();
            var writeBack = new RunWriteBack(sources, new FindSimilarTickets(PrivacyOptions.FromConfiguration(configuration)), time, NullLogger<RunWriteBack>.Instance);
            var summary = await writeBack.RunAsync(connection, finder,
                new WriteBackRun(result.GetValue(source), result.GetValue(dryRun), result.GetValue(retryFailed)), cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(new
                {
                    summary.Sources, summary.DryRun, summary.Written, summary.Failed, summary.WouldWrite, summary.AlreadyRecorded, summary.Items,
                });
            }
            else
            {
                Write(summary);
            }

            return summary.Failed > 0 ? 2 : 0;
        }));
        return new Command("writeback", "Write-back of suggestions to the tickets' own systems") { run };
    }

    private static void Write(WriteBackSummary summary)
    {
        if (summary.Sources.Count == 0)
        {
            Console.WriteLine("No source has write-back enabled (Sources:NAME:WriteBack:Enabled).");
            return;
        }

        foreach (var item in summary.Items)
        {
            Console.WriteLine(item.Outcome == WriteBackItem.WouldWrite
                ? $"would {item.Method} {item.Path} ({item.Source} {item.TicketId}, {item.Action}, {item.Decision}): {item.Detail}"
                : $"{item.Outcome}: {item.Source} {item.TicketId} {item.Action} ({item.Decision}) after {item.Attempts} attempt(s): {item.Detail}");
        }

        Console.WriteLine($"Write-back to {string.Join(", ", summary.Sources)}{(summary.DryRun ? " (dry run)" : "")}: {summary.Written} written, " +
                          $"{summary.Failed} failed, {summary.WouldWrite} would be written, {summary.AlreadyRecorded} already recorded.");
    }
}
