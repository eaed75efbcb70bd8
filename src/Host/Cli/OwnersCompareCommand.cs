using Reporting.Warehouse;
using System.CommandLine;
using System.Globalization;
using Reporting.Analytics.Owners;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting owners compare</c>: reruns the comparison of <see cref="OwnerPipelineCatalog.Candidates"/> that chose
/// the owner pipeline, on the evaluation protocol's training part (choosing on its newest validation slice), and
/// prints every candidate's validation figures, with its test figures beside them (reported, never used to choose).
/// </summary>
public static class OwnersCompareCommand
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Build(TimeProvider time)
    {
        var input = CliOptions.Input("compare");
        var db = CliOptions.Database(required: false);
        var only = new Option<string[]>("--candidate")
        {
            Description = "Compare only these catalogue pipelines (repeatable); all of them by default",
            AllowMultipleArgumentsPerToken = true,
        };
        var json = CliOptions.Json();
        var command = new Command("compare", "Compare the catalogue's candidate pipelines on a time split, as the choice of the default was made")
        {
            input, db, only, json,
        };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var names = result.GetValue(only) ?? [];
            var unknown = names.Where(n => OwnerPipelineCatalog.Candidates.All(c => c.Name != n)).ToList();
            if (unknown.Count > 0)
            {
                throw new UserInputException($"No candidate pipeline named {string.Join(", ", unknown)}; the catalogue has {string.Join(", ", OwnerPipelineCatalog.Candidates.Select(c => c.Name))}.");
            }

            var candidates = names.Length == 0 ? OwnerPipelineCatalog.Candidates : OwnerPipelineCatalog.Candidates.Where(c => names.Contains(c.Name)).ToList();
            var progress = new ConsoleProgress();
            if (!LightGbmLibrary.IsShipped && candidates.Any(c => c.Trainer == OwnerTrainerKind.LightGbm))
            {
                var lightGbm = candidates.Where(c => c.Trainer == OwnerTrainerKind.LightGbm).Select(c => c.Name).ToList();
                if (names.Length > 0)
                {
                    throw new UserInputException(
                        $"{string.Join(", ", lightGbm)} needs LightGBM's native library, which this release leaves out; run it from a source build (dotnet run --project src/Host).");
                }

                progress.Step($"skipping {string.Join(", ", lightGbm)}: this release leaves LightGBM's native library out");
                candidates = candidates.Where(c => c.Trainer != OwnerTrainerKind.LightGbm).ToList();
            }

            await using var data = await EvaluationInput.OpenAsync(result.GetValue(input), result.GetValue(db), time, progress, cancellationToken);
            var examples = await OwnerExamples.LoadAsync(data.Connection, resolvedOnly: false, cancellationToken: cancellationToken);
            var (train, test) = TimeOrderedSplit.Split(examples, OwnerTraining.TrainShare);
            progress.Step(string.Create(C, $"{candidates.Count} candidate pipelines; training on {train.Count:N0} tickets, testing on {test.Count:N0}"));
            var results = new List<PipelineCandidateResult>();
            var comparison = OwnerPipelineSelector.Compare(train, candidates, onCandidate: (candidate, classifier) =>
            {
                var tested = classifier is null ? candidate : candidate with { Test = classifier.Evaluate(test, cancellationToken) };
                results.Add(tested);
                progress.Step(string.Create(C, $"{candidate.Name}: validation top-1 {candidate.Validation.Top1:F3} in {candidate.TrainingSeconds:F0} s"));
            }, cancellationToken: cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(new
                {
                    chosen = comparison.Chosen.Name,
                    recommended = OwnerPipelineCatalog.Recommended.Name,
                    candidates = results.Select(r => new
                    {
                        name = r.Name,
                        validation = Figures(r.Validation),
                        selection_score = Math.Round(OwnerPipelineSelector.SelectionScore(r.Validation), 4),
                        test = r.Test is null ? null : Figures(r.Test.Metrics),
                        training_seconds = r.TrainingSeconds,
                        training_cpu_seconds = Math.Round(r.TrainingCpuSeconds, 1),
                        failure = r.Failure,
                    }),
                });
                return 0;
            }

            Console.WriteLine(string.Create(C, $"{"pipeline",-40} {"val top-1",9} {"top-3",6} {"F1",6} {"test top-1",10} {"top-3",6} {"F1",6} {"train s",8}"));
            foreach (var r in results)
            {
                var t = r.Test?.Metrics;
                Console.WriteLine(string.Create(C,
                    $"{r.Name,-40} {r.Validation.Top1,9:F3} {r.Validation.Top3,6:F3} {r.Validation.MacroF1,6:F3} {t?.Top1,10:F3} {t?.Top3,6:F3} {t?.MacroF1,6:F3} {r.TrainingSeconds,8:F0}{(r.Failure is null ? "" : "  failed: " + r.Failure)}"));
            }

            Console.WriteLine($"chosen by validation top-1 + top-3 + macro-F1: {comparison.Chosen.Name} (the default pipeline is {OwnerPipelineCatalog.Recommended.Name})");
            return 0;
        }));
        return command;
    }

    private static object Figures(OwnerMetrics m) => new
    {
        top1 = Math.Round(m.Top1, 4),
        top3 = Math.Round(m.Top3, 4),
        macro_f1 = Math.Round(m.MacroF1, 4),
    };
}
