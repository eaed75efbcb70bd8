using System.CommandLine;
using System.Globalization;
using Reporting.Analytics.Duplicates;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;
using Reporting.Host.Application.Tickets;

namespace Reporting.Host.Cli;

/// <summary><c>reporting duplicates similar|cluster|evaluate|fit</c>: near-duplicate tickets and recurring-bug groups.</summary>
public static class DuplicatesCommand
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Build(TimeProvider time) => new("duplicates", "Near-duplicate tickets and recurring-bug groups")
    {
        Similar(), Cluster(time), Evaluate(time), DuplicatesFitCommand.Build(time),
    };

    private static Command Similar()
    {
        var db = CliOptions.Database();
        var id = new Option<string>("--id") { Description = "The ticket's id", Required = true };
        var top = new Option<int>("--top") { Description = "How many earlier tickets to list", DefaultValueFactory = _ => 10 };
        var json = CliOptions.Json();
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100)
            {
                r.AddError("--top must be between 1 and 100");
            }
        });
        var command = new Command("similar", "Earlier tickets most likely to be the same problem as this one") { db, id, top, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(result.GetValue(db)!, cancellationToken);
            using var finder = new SimilarTicketFinder();
            var masked = await new FindSimilarTickets(CliConfiguration.Masker()).RunAsync(connection, finder, result.GetValue(id)!, result.GetValue(top), cancellationToken);
            if (masked.Count == 0 && !result.GetValue(json))
            {
                Console.WriteLine($"No earlier ticket resembles {result.GetValue(id)}.");
                return 0;
            }
            if (result.GetValue(json))
            {
                JsonOutput.Write(masked);
                return 0;
            }

            foreach (var s in masked)
            {
                Console.WriteLine(string.Create(C, $"{s.Probability,5:P0}  {s.Id,-14} {s.CreatedAt:yyyy-MM-dd}  {s.Service ?? "-",-22} {s.Subject}"));
                Console.WriteLine($"       {string.Join("; ", s.Reasons)}");
            }

            return 0;
        }));
        return command;
    }

    private static Command Cluster(TimeProvider time)
    {
        var db = CliOptions.Database();
        var json = CliOptions.Json();
        var command = new Command("cluster", "Group all tickets into recurring bugs (ids stay stable across runs) and store the groups") { db, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            await using var connection = await WarehouseConnection.OpenExistingAsync(result.GetValue(db)!, cancellationToken);
            var progress = new ConsoleProgress();
            var masker = CliConfiguration.Masker();
            var summary = await new RecurringBugAnalysis(connection, time).ClusterAsync(progress, cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(summary);
                return 0;
            }

            Console.WriteLine(string.Create(C,
                $"{summary.Groups:N0} recurring-bug groups hold {summary.GroupedTickets:N0} of {summary.Tickets:N0} tickets; {summary.GroupsKeepingTheirId:N0} kept their id from the last run ({summary.Seconds:F1} s)"));
            Console.WriteLine("  " + string.Join(", ", summary.States.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}")));
            foreach (var g in await RecurringGroupQueries.LargestAsync(connection, 10, cancellationToken))
            {
                Console.WriteLine(string.Create(C, $"  {g.Id,-10} {g.State,-9} {g.Tickets,5} tickets {g.Customers,4} customers  {masker.Mask(g.Label)}"));
            }

            return 0;
        }));
        return command;
    }

    private static Command Evaluate(TimeProvider time)
    {
        var input = CliOptions.Input("evaluate");
        var db = CliOptions.Database(required: false);
        var json = CliOptions.Json();
        var command = new Command("evaluate", "Recall@k, MRR and group pair scores against the input's duplicate links (fixed protocol)") { input, db, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var progress = new ConsoleProgress();
            await using var data = await EvaluationInput.OpenAsync(result.GetValue(input), result.GetValue(db), time, progress, cancellationToken);
            var loaded = await DuplicateCandidateLoader.LoadAsync(data.Connection, cancellationToken);
            var report = DuplicateEvaluator.Evaluate(loaded.Tickets, loaded.Links, progress, cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(new
                {
                    queries = report.Queries,
                    recall_at_1 = Math.Round(report.RecallAt1, 4),
                    recall_at_5 = Math.Round(report.RecallAt5, 4),
                    recall_at_10 = Math.Round(report.RecallAt10, 4),
                    mrr = Math.Round(report.Mrr, 4),
                    ms_per_query = Math.Round(report.MsPerQuery, 3),
                    pair_precision = Math.Round(report.PairPrecision, 4),
                    pair_recall = Math.Round(report.PairRecall, 4),
                    pair_f1 = Math.Round(report.PairF1, 4),
                });
                return 0;
            }

            Console.WriteLine(string.Create(C, $"{report.Queries:N0} queries over {report.Tickets:N0} tickets"));
            Console.WriteLine(string.Create(C, $"  Recall@1  {report.RecallAt1:F3}   Recall@5 {report.RecallAt5:F3}   Recall@10 {report.RecallAt10:F3}   MRR {report.Mrr:F3}"));
            Console.WriteLine(string.Create(C, $"  {report.MsPerQuery:F2} ms per query"));
            Console.WriteLine(string.Create(C, $"  groups vs duplicate links: pair precision {report.PairPrecision:F3}, recall {report.PairRecall:F3}, F1 {report.PairF1:F3} (clustered in {report.ClusterSeconds:F1} s)"));
            return 0;
        }));
        return command;
    }
}
