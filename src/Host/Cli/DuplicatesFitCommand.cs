using Reporting.Warehouse;
using System.CommandLine;
using System.Globalization;
using Reporting.Analytics.Duplicates;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting duplicates fit</c>: refits the re-ranker's and the link model's coefficients from an input's duplicate
/// links (fitted on the queries before the cutoff) and prints them with the figures they give beside the committed
/// defaults', so the defaults can be reproduced or refitted by anyone.
/// </summary>
public static class DuplicatesFitCommand
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Build(TimeProvider time)
    {
        var input = CliOptions.Input("fit");
        var db = CliOptions.Database(required: false);
        var cutoff = new Option<DateTime>("--cutoff")
        {
            Description = "Fit on the queries created before this date; the later ones only score the fit",
            DefaultValueFactory = _ => RankingModelFit.DefaultCutoff,
        };
        var l2 = new Option<double>("--l2") { Description = "L2 penalty of the logistic regressions", DefaultValueFactory = _ => 1.0 };
        var json = CliOptions.Json();
        l2.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 1e6)
            {
                r.AddError("--l2 must be between 0 and 1000000");
            }
        });
        var command = new Command("fit", "Refit the re-ranker and link-model coefficients from the input's duplicate links and print them with their figures")
        {
            input, db, cutoff, l2, json,
        };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var progress = new ConsoleProgress();
            await using var data = await EvaluationInput.OpenAsync(result.GetValue(input), result.GetValue(db), time, progress, cancellationToken);
            var loaded = await DuplicateCandidateLoader.LoadAsync(data.Connection, cancellationToken);
            progress.Step("collecting the candidate pools of every duplicate query");
            var pools = CandidatePoolCollector.Collect(loaded.Tickets, loaded.Links, progress: progress, cancellationToken: cancellationToken);
            var split = DateTime.SpecifyKind(result.GetValue(cutoff), DateTimeKind.Utc);
            if (!pools.Any(p => p.CreatedAt < split && p.HasDuplicate))
            {
                throw new UserInputException($"No duplicate query before {split:yyyy-MM-dd} has its duplicate among its candidates; nothing to fit on.");
            }

            progress.Step("fitting with ML.NET L-BFGS logistic regression");
            var report = RankingModelFit.Fit(pools, split, result.GetValue(l2), cancellationToken: cancellationToken);
            progress.Step("clustering all tickets with the fitted and the default link model");
            var groups = new
            {
                fitted = ClusterScores(loaded, report.LinkModel.Fitted, cancellationToken),
                @default = ClusterScores(loaded, report.LinkModel.Default, cancellationToken),
            };
            if (result.GetValue(json))
            {
                JsonOutput.Write(new
                {
                    cutoff = split.ToString("yyyy-MM-dd", C),
                    tuning_queries = report.TuningQueries,
                    tuning_pairs = report.TuningPairs,
                    later_queries = report.LaterQueries,
                    reranker = ModelJson(report.Reranker),
                    link_model = ModelJson(report.LinkModel),
                    link_model_groups = groups,
                });
                return 0;
            }

            Console.WriteLine(string.Create(C,
                $"fitted on {report.TuningQueries:N0} queries before {split:yyyy-MM-dd} ({report.TuningPairs:N0} pairs); {report.LaterQueries:N0} later queries score the fit"));
            PrintModel("re-ranker (DefaultReranker)", report.Reranker);
            PrintModel("link model (DefaultLinkModel)", report.LinkModel);
            Console.WriteLine(string.Create(C,
                $"  groups vs duplicate links, fitted: pair precision {groups.fitted.Precision:F3}, recall {groups.fitted.Recall:F3}, F1 {groups.fitted.F1:F3}; default: {groups.@default.Precision:F3}, {groups.@default.Recall:F3}, {groups.@default.F1:F3}"));
            return 0;
        }));
        return command;
    }

    private static PairwiseScores ClusterScores(DuplicateCandidateLoader.Loaded loaded, RankingModel linkModel, CancellationToken cancellationToken)
    {
        var defaults = new ClusteringOptions();
        var options = defaults with { IndexOptions = defaults.IndexOptions with { Reranker = linkModel } };
        using var clusters = RecurringBugClusterer.Recluster(loaded.Tickets, options, cancellationToken: cancellationToken);
        var ids = loaded.Tickets.Select(t => t.Id).ToList();
        return DuplicateEvaluation.ComparePartitions(ids, DuplicateEvaluation.LinkComponents(ids, loaded.Links), clusters.GroupOfTicket);
    }

    private static object ModelJson(FittedRankingModel model) => new
    {
        bias = Math.Round(model.Fitted.Bias, 4),
        weights = Weights(model.Fitted, model.Candidates),
        left_out = model.LeftOut.Select(f => f.ToString()).ToList(),
        tuning = Figures(model.FittedTuning),
        later = Figures(model.FittedLater),
        all = Figures(model.FittedAll),
        later_log_loss = Math.Round(model.FittedLaterLogLoss, 5),
        @default = new
        {
            bias = Math.Round(model.Default.Bias, 4),
            weights = Weights(model.Default, model.Candidates),
            all = Figures(model.DefaultAll),
            later_log_loss = Math.Round(model.DefaultLaterLogLoss, 5),
        },
    };

    private static Dictionary<string, double> Weights(RankingModel model, IEnumerable<PairFeature> features) =>
        features.Where(f => model.Weight(f) != 0).ToDictionary(f => f.ToString(), f => Math.Round(model.Weight(f), 4));

    private static object Figures(RankingScores s) => new
    {
        queries = s.Queries,
        recall_at_1 = Math.Round(s.RecallAt1, 4),
        recall_at_5 = Math.Round(s.RecallAt5, 4),
        recall_at_10 = Math.Round(s.RecallAt10, 4),
        mrr = Math.Round(s.MeanReciprocalRank, 4),
    };

    private static void PrintModel(string title, FittedRankingModel model)
    {
        Console.WriteLine(title);
        Console.WriteLine(string.Create(C, $"  RankingModel.FromWeights({model.Fitted.Bias:0.####}, new Dictionary<PairFeature, double>"));
        Console.WriteLine("  {");
        foreach (var feature in model.Candidates.Where(f => model.Fitted.Weight(f) != 0))
        {
            Console.WriteLine(string.Create(C, $"      [PairFeature.{feature}] = {model.Fitted.Weight(feature):0.####},"));
        }

        Console.WriteLine("  });");
        Console.WriteLine($"  left out by the sign constraints: {string.Join(", ", model.LeftOut)}");
        Console.WriteLine(string.Create(C, $"  {"",-8} {"R@1",6} {"R@5",6} {"R@10",6} {"MRR",6}"));
        Line("tuning", model.FittedTuning);
        Line("later", model.FittedLater);
        Line("all", model.FittedAll);
        Line("default", model.DefaultAll);
        Console.WriteLine(string.Create(C, $"  log loss on the later pairs: fitted {model.FittedLaterLogLoss:F5}, default {model.DefaultLaterLogLoss:F5}"));
    }

    private static void Line(string name, RankingScores s) =>
        Console.WriteLine(string.Create(C, $"  {name,-8} {s.RecallAt1,6:F3} {s.RecallAt5,6:F3} {s.RecallAt10,6:F3} {s.MeanReciprocalRank,6:F3}"));
}
