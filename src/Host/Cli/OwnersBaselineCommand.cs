using System.CommandLine;
using System.Globalization;
using Reporting.Analytics.Owners;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting owners baseline</c>: the scikit-learn baseline the owner model is judged against
/// (<see cref="LinearSvmBaseline"/>: TF-IDF word 1–2-grams, sublinear tf, linear SVM with the hinge loss, C = 1) on
/// the same protocol, tickets and metric code as <c>owners evaluate</c>, so the two print comparable figures.
/// <c>--stop-words english</c> drops scikit-learn's <see cref="EnglishStopWords.ScikitLearn"/> first.
/// </summary>
public static class OwnersBaselineCommand
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Build(TimeProvider time)
    {
        var input = CliOptions.Input("evaluate the baseline");
        var db = CliOptions.Database(required: false);
        var stopWords = new Option<string>("--stop-words")
        {
            Description = "none (scikit-learn's default) or english (stop_words='english')",
            DefaultValueFactory = _ => "none",
        };
        stopWords.AcceptOnlyFromAmong("none", "english");
        var json = CliOptions.Json();
        var command = new Command("baseline", "The TF-IDF 1–2-gram linear-SVM baseline (C=1) on the owner protocol: top-1, top-3, macro-F1")
        {
            input, db, stopWords, json,
        };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var progress = new ConsoleProgress();
            await using var data = await EvaluationInput.OpenAsync(SharedData.Require(result.GetValue(input)), result.GetValue(db), time, progress, cancellationToken);
            // The protocol of `owners evaluate`: every ticket with an owner, oldest 80% train, newest 20% test.
            var examples = await OwnerExamples.LoadAsync(data.Connection, resolvedOnly: false, cancellationToken: cancellationToken);
            var english = result.GetValue(stopWords) == "english";
            progress.Step(string.Create(C, $"{examples.Count:N0} tickets with an owner: training the linear SVM on the oldest 80%"));
            var report = OwnerBaselineEvaluation.Run(examples, english ? EnglishStopWords.ScikitLearn : null, cancellationToken);
            var m = report.Metrics;
            if (result.GetValue(json))
            {
                JsonOutput.Write(new
                {
                    tickets = report.Tickets, owners = report.Owners, train_tickets = report.TrainCount, test_tickets = report.TestCount,
                    features = report.FeatureCount, stop_words = english ? "english" : "none",
                    top1 = Math.Round(m.Top1, 4), top3 = Math.Round(m.Top3, 4), macro_f1 = Math.Round(m.MacroF1, 4),
                    train_seconds = Math.Round(report.TrainSeconds, 1),
                });
                return 0;
            }

            Console.WriteLine(string.Create(C, $"linear SVM baseline (TF-IDF 1–2-grams, sublinear tf, hinge, C=1{(english ? ", English stop words" : "")}): {report.FeatureCount:N0} features, trained in {report.TrainSeconds:F1} s"));
            Console.WriteLine(string.Create(C, $"  top-1 {m.Top1:F3}  top-3 {m.Top3:F3}  macro-F1 {m.MacroF1:F3} over {m.LabelCount} owners ({m.Count:N0} tickets; no confidence, so every ticket is answered)"));
            return 0;
        }));
        return command;
    }
}
