using System.CommandLine;
using System.Globalization;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;
using Reporting.Warehouse;
using Reporting.Host.Application.Owners;

namespace Reporting.Host.Cli;

/// <summary><c>reporting owners train|suggest|evaluate|compare|baseline|variants</c>: suggested owning service/team for tickets.</summary>
public static class OwnersCommand
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Build(TimeProvider time) => new("owners", "Suggested owners for tickets (ML.NET), with honest confidence")
    {
        Train(), Suggest(time), Evaluate(time), OwnersCompareCommand.Build(time),
        OwnersBaselineCommand.Build(time), OwnersVariantsCommand.Build(time),
    };

    private static Command Train()
    {
        var db = CliOptions.Database();
        var json = CliOptions.Json();
        var fields = CliOptions.Fields();
        var command = new Command("train", "Train on resolved tickets (owners decided in triage first), choosing the pipeline on the newest training tickets; evaluate on the newest 20%, promote if not worse than the current model") { db, fields, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var path = result.GetValue(db)!;
            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(path, cancellationToken);
            var registry = OwnerModelRegistry.ForWarehouse(path);
            var options = OwnerModelFigures.Options(result.GetValue(fields));
            var outcome = await new OwnerTraining(connection, registry).RunAsync(options, progress: new ConsoleProgress(), cancellationToken: cancellationToken);
            var m = outcome.Evaluation.Metrics;
            var metadata = registry.ReadMetadata(outcome.Model.Version);
            if (result.GetValue(json))
            {
                JsonOutput.Write(new
                {
                    model = outcome.Model.Name, promoted = outcome.Decision.Promoted, reason = outcome.Decision.Reason,
                    train_tickets = outcome.TrainCount, decided_tickets = outcome.DecidedCount, held_out_tickets = outcome.HeldOutCount,
                    top1 = m.Top1, top3 = m.Top3, macro_f1 = m.MacroF1, coverage = m.Coverage, accuracy_at_coverage = m.AccuracyAtCoverage,
                    ece = m.ExpectedCalibrationError, ece_floor = m.ExpectedCalibrationErrorFloor, train_seconds = Math.Round(outcome.TrainingSeconds, 1),
                    predict_us = Math.Round(outcome.Evaluation.MicrosecondsPerPrediction, 1),
                    selected_pipeline = metadata.Pipeline.Name, target_precision = metadata.TargetPrecision,
                    answers_at_target = metadata.AnswersAtTarget, fields = OwnerModelFigures.Fields(metadata),
                    calibration = OwnerModelFigures.Calibration(metadata),
                    candidates = OwnerModelFigures.Candidates(metadata),
                });
                return 0;
            }

            Console.WriteLine(string.Create(C, $"{outcome.Model.Name}: trained on {outcome.TrainCount:N0} tickets ({outcome.DecidedCount:N0} routed in triage) in {outcome.TrainingSeconds:F1} s, held out {outcome.HeldOutCount:N0}"));
            OwnerModelFigures.WriteSelection(metadata);
            WriteMetrics(m, outcome.Evaluation.MicrosecondsPerPrediction, metadata.TargetPrecision);
            OwnerModelFigures.WriteConfidenceWarning(metadata);
            Console.WriteLine($"  {(outcome.Decision.Promoted ? "promoted" : "not promoted")}: {outcome.Decision.Reason}");
            Console.WriteLine($"  model files in {registry.Directory}");
            return 0;
        }));
        return command;
    }

    private static Command Suggest(TimeProvider time)
    {
        var db = CliOptions.Database();
        var subject = new Option<string>("--subject") { Description = "The ticket's subject", Required = true };
        var body = new Option<string>("--body") { Description = "The ticket's text", DefaultValueFactory = _ => "" };
        var product = new Option<string?>("--product") { Description = "Product (e.g. the Jira project)" };
        var channel = new Option<string?>("--channel") { Description = "email, web, chat, phone, api" };
        var priority = new Option<string?>("--priority") { Description = "Priority" };
        var type = new Option<string?>("--type") { Description = "bug, question, incident, ..." };
        var tags = new Option<string?>("--tags") { Description = "Tags separated by ';'" };
        var json = CliOptions.Json();
        subject.Validators.Add(r =>
        {
            if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string>()))
            {
                r.AddError("--subject must not be empty");
            }
        });
        var command = new Command("suggest", "Suggest the owning service and team for a new ticket") { db, subject, body, product, channel, priority, type, tags, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var path = result.GetValue(db)!;
            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(path, cancellationToken);
            using var similar = new SimilarTicketFinder();
            // Loading the model and indexing the tickets are most of a one-shot answer: side by side, on two cores.
            var loading = Task.Run(() => OwnerSuggester.LoadCurrent(OwnerModelRegistry.ForWarehouse(path), similar), cancellationToken);
            await similar.RefreshAsync(connection, cancellationToken);
            var suggester = await loading
                            ?? throw new UserInputException($"No owner model yet: run `reporting owners train --db {path}` first.");
            var request = new SuggestOwnerRequest(result.GetValue(subject), result.GetValue(body),
                result.GetValue(product), result.GetValue(channel), result.GetValue(priority), result.GetValue(type),
                (result.GetValue(tags) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Id: null);
            var advice = await new SuggestOwner(time, CliConfiguration.Masker()).RunAsync(connection, suggester, request, cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(advice);
                return 0;
            }

            Console.WriteLine(advice.Abstained
                ? $"Needs human triage{(advice.OutOfScope ? " (the text is unlike anything the model was trained on)" : "")}; best guesses:"
                : "Suggested owners:");
            foreach (var s in advice.Suggestions)
            {
                Console.WriteLine(string.Create(C, $"  {s.Probability,5:P0}  {s.Service}{(s.Team is null ? "" : $" ({s.Team})")}"));
            }

            Console.WriteLine($"  because of: {string.Join(", ", advice.Explanation)}");
            foreach (var p in advice.SimilarTickets)
            {
                Console.WriteLine($"  similar: {p.Id} [{p.Service ?? "no owner"}] {p.Subject}");
            }

            Console.WriteLine($"  model {advice.ModelVersion}");
            return 0;
        }));
        return command;
    }

    private static Command Evaluate(TimeProvider time)
    {
        var input = CliOptions.Input("evaluate");
        var db = CliOptions.Database(required: false);
        var fields = CliOptions.Fields();
        var json = CliOptions.Json();
        var command = new Command("evaluate", "Top-1/top-3 accuracy, macro-F1, coverage, calibration on a time split (fixed protocol), with the pipeline chosen on the training part") { input, db, fields, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var progress = new ConsoleProgress();
            await using var data = await EvaluationInput.OpenAsync(result.GetValue(input), result.GetValue(db), time, progress, cancellationToken);
            // The protocol: every ticket with an owner, oldest 80% train, newest 20% test.
            var examples = await OwnerExamples.LoadAsync(data.Connection, resolvedOnly: false, cancellationToken: cancellationToken);
            var (train, test) = TimeOrderedSplit.Split(examples, OwnerTraining.TrainShare);
            progress.Step(string.Create(C, $"{examples.Count:N0} tickets with an owner, {examples.Select(e => e.Owner).Distinct().Count()} owners: training on {train.Count:N0}, testing on {test.Count:N0}"));
            var classifier = OwnerClassifier.Train(train, OwnerModelFigures.Options(result.GetValue(fields)), cancellationToken);
            var report = classifier.Evaluate(test, cancellationToken);
            var m = report.Metrics;
            var metadata = classifier.Metadata;
            // Tickets whose owner a triager decided are the freshest evidence: their own figures, beside the whole test part.
            var decidedTest = test.Where(e => e.Decided).ToList();
            var decided = decidedTest.Count == 0 ? null : classifier.Evaluate(decidedTest, cancellationToken).Metrics;
            if (result.GetValue(json))
            {
                JsonOutput.Write(new
                {
                    top1 = Math.Round(m.Top1, 4), top3 = Math.Round(m.Top3, 4), macro_f1 = Math.Round(m.MacroF1, 4),
                    coverage = Math.Round(m.Coverage, 4), accuracy_at_coverage = Math.Round(m.AccuracyAtCoverage, 4),
                    ece = Math.Round(m.ExpectedCalibrationError, 4), ece_floor = Math.Round(m.ExpectedCalibrationErrorFloor, 4),
                    train_seconds = Math.Round(metadata.TrainingSeconds, 1),
                    predict_us = Math.Round(report.MicrosecondsPerPrediction, 1),
                    selected_pipeline = metadata.Pipeline.Name, target_precision = metadata.TargetPrecision,
                    answers_at_target = metadata.AnswersAtTarget, fields = OwnerModelFigures.Fields(metadata),
                    tickets_with_field_history = examples.Count(e => e.Filed is not null),
                    calibration = OwnerModelFigures.Calibration(metadata),
                    train_tickets = train.Count, test_tickets = test.Count, owners = m.LabelCount,
                    candidates = OwnerModelFigures.Candidates(metadata),
                    decided = decided is null ? null : new
                    {
                        tickets = decided.Count, top1 = Math.Round(decided.Top1, 4), top3 = Math.Round(decided.Top3, 4),
                        macro_f1 = Math.Round(decided.MacroF1, 4),
                    },
                });
                return 0;
            }

            Console.WriteLine(string.Create(C, $"trained in {metadata.TrainingSeconds:F1} s"));
            OwnerModelFigures.WriteSelection(metadata);
            WriteMetrics(m, report.MicrosecondsPerPrediction, metadata.TargetPrecision);
            if (decided is not null)
            {
                Console.WriteLine(string.Create(C, $"  on the {decided.Count:N0} test tickets routed in triage: top-1 {decided.Top1:F3}  top-3 {decided.Top3:F3}  macro-F1 {decided.MacroF1:F3}"));
            }

            OwnerModelFigures.WriteConfidenceWarning(metadata);
            return 0;
        }));
        return command;
    }

    private static void WriteMetrics(OwnerMetrics m, double microseconds, double targetPrecision)
    {
        Console.WriteLine(string.Create(C, $"  top-1 {m.Top1:F3}  top-3 {m.Top3:F3}  macro-F1 {m.MacroF1:F3} over {m.LabelCount} owners ({m.Count:N0} tickets)"));
        Console.WriteLine(OwnerModelFigures.Answers(m, targetPrecision));
        Console.WriteLine(string.Create(C, $"  {microseconds:F0} µs per prediction"));
    }
}
