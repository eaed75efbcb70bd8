using System.CommandLine;
using System.Globalization;
using Reporting.Analytics.Owners;
using Reporting.Analytics.Priority;
using Reporting.Host.Application.Priority;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Cli;

/// <summary><c>reporting priority train|suggest|evaluate</c>: the suggested priority of a ticket, calibrated like owners.</summary>
public static class PriorityCommand
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Build(TimeProvider time) => new("priority", "Suggested priority of a ticket (the owner pipeline on the priority label), with honest confidence")
    {
        Train(), Suggest(time), Evaluate(time),
    };

    private static Command Train()
    {
        var db = CliOptions.Database();
        var json = CliOptions.Json();
        var command = new Command("train", "Train on resolved tickets with a priority, evaluate on the newest 20%, promote if not worse than the current model") { db, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var path = result.GetValue(db)!;
            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(path, cancellationToken);
            var registry = PriorityModel.RegistryFor(path);
            var outcome = await new OwnerTraining(connection, registry, TicketLabel.Priority)
                .RunAsync(PriorityModel.Options, progress: new ConsoleProgress(), cancellationToken: cancellationToken);
            var m = outcome.Evaluation.Metrics;
            if (result.GetValue(json))
            {
                JsonOutput.Write(new
                {
                    model = outcome.Model.Name, promoted = outcome.Decision.Promoted, reason = outcome.Decision.Reason,
                    train_tickets = outcome.TrainCount, held_out_tickets = outcome.HeldOutCount,
                    top1 = m.Top1, macro_f1 = m.MacroF1, coverage = m.Coverage, accuracy_at_coverage = m.AccuracyAtCoverage,
                    ece = m.ExpectedCalibrationError, train_seconds = Math.Round(outcome.TrainingSeconds, 1),
                });
                return 0;
            }

            Console.WriteLine(string.Create(C, $"{outcome.Model.Name}: trained on {outcome.TrainCount:N0} tickets in {outcome.TrainingSeconds:F1} s, held out {outcome.HeldOutCount:N0}"));
            WriteMetrics(m);
            Console.WriteLine($"  {(outcome.Decision.Promoted ? "promoted" : "not promoted")}: {outcome.Decision.Reason}");
            Console.WriteLine($"  model files in {registry.Directory}");
            return 0;
        }));
        return command;
    }

    private static Command Suggest(TimeProvider time)
    {
        var db = CliOptions.Database();
        var id = new Option<string?>("--id") { Description = "A ticket in the warehouse" };
        var text = new Option<string?>("--text") { Description = "The text of a new ticket (its first line is the subject)" };
        var json = CliOptions.Json();
        var command = new Command("suggest", "Suggest the priority of a stored ticket (--id) or of a new one (--text)") { db, id, text, json };
        command.Validators.Add(r =>
        {
            var hasId = !string.IsNullOrWhiteSpace(r.GetValue(id));
            var hasText = !string.IsNullOrWhiteSpace(r.GetValue(text));
            if (hasId == hasText)
            {
                r.AddError("Give either --id ID or --text TEXT.");
            }
            else if (r.GetValue(text) is { Length: > PrioritySuggestion.MaxTextLength })
            {
                r.AddError($"--text must be at most {PrioritySuggestion.MaxTextLength:N0} characters.");
            }
        });
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var path = result.GetValue(db)!;
            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(path, cancellationToken);
            var suggester = PrioritySuggester.LoadCurrent(PriorityModel.RegistryFor(path))
                            ?? throw new UserInputException($"No priority model yet: run `reporting priority train --db {path}` first.");
            OwnerTicket ticket;
            string? actual = null;
            if (result.GetValue(id) is { Length: > 0 } ticketId)
            {
                var stored = await TicketLookupQueries.FindAsync(connection, ticketId, cancellationToken)
                             ?? throw new UserInputException($"No ticket '{ticketId}' in the warehouse.");
                ticket = stored.ToOwnerTicket();
                actual = stored.Priority;
            }
            else
            {
                ticket = PrioritySuggestion.FromText(result.GetValue(text)!, time.GetUtcNow().UtcDateTime);
            }

            var advice = suggester.Suggest(ticket);
            if (result.GetValue(json))
            {
                JsonOutput.Write(new { id = ticket.Id, advice.Priority, advice.Best, advice.Probability, advice.Abstained, advice.Ranked, current = actual, model = advice.ModelVersion });
                return 0;
            }

            Console.WriteLine(advice.Abstained
                ? string.Create(C, $"Needs a person: best guess {advice.Best} ({advice.Probability:P0}), below the abstain threshold")
                : string.Create(C, $"Suggested priority: {advice.Priority} ({advice.Probability:P0})"));
            Console.WriteLine($"  all: {string.Join(", ", advice.Ranked.Select(r => string.Create(C, $"{r.Priority} {r.Probability:P0}")))}");
            if (actual is not null)
            {
                Console.WriteLine($"  the ticket's own priority: {actual}");
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
        var json = CliOptions.Json();
        var command = new Command("evaluate", "The priority model beside the majority class and a linear SVM on the owner protocol (oldest 80% train, newest 20% test)") { input, db, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var progress = new ConsoleProgress();
            await using var data = await EvaluationInput.OpenAsync(SharedData.Require(result.GetValue(input)), result.GetValue(db), time, progress, cancellationToken);
            var examples = await TicketLabel.Priority.LoadAsync(data.Connection, resolvedOnly: false, null, cancellationToken);
            var report = PriorityEvaluation.Run(examples, progress: progress, cancellationToken: cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(new
                {
                    tickets = report.Tickets, train = report.TrainCount, test = report.TestCount, test_priorities = report.TestPriorities,
                    abstain_threshold = Math.Round(report.AbstainThreshold, 4), predict_us = Math.Round(report.MicrosecondsPerPrediction, 1),
                    methods = new[] { report.Model, report.Majority, report.LinearSvm }.OfType<PriorityMethodResult>().Select(Figures),
                });
                return 0;
            }

            Console.WriteLine(string.Create(C, $"{report.Tickets:N0} tickets with a priority; test {report.TestCount:N0}: {string.Join(", ", report.TestPriorities.Select(p => $"{p.Key} {p.Value:N0}"))}"));
            Console.WriteLine("  method                                          top-1  macro-F1  coverage  acc@coverage  ECE    seconds");
            foreach (var method in new[] { report.Model, report.Majority, report.LinearSvm }.OfType<PriorityMethodResult>())
            {
                var m = method.Metrics;
                Console.WriteLine(string.Create(C,
                    $"  {method.Method,-46}  {m.Top1:F3}  {m.MacroF1,8:F3}  {m.Coverage,8:F3}  {m.AccuracyAtCoverage,12:F3}  {(double.IsNaN(m.ExpectedCalibrationError) ? "  -  " : m.ExpectedCalibrationError.ToString("F3", C))}  {method.Seconds,7:F1}"));
            }

            Console.WriteLine(string.Create(C, $"  abstain threshold {report.AbstainThreshold:F3}; {report.MicrosecondsPerPrediction:F0} µs per prediction"));
            return 0;
        }));
        return command;
    }

    private static object Figures(PriorityMethodResult r) => new
    {
        method = r.Method, top1 = Math.Round(r.Metrics.Top1, 4), macro_f1 = Math.Round(r.Metrics.MacroF1, 4),
        coverage = Math.Round(r.Metrics.Coverage, 4), accuracy_at_coverage = Math.Round(r.Metrics.AccuracyAtCoverage, 4),
        ece = double.IsNaN(r.Metrics.ExpectedCalibrationError) ? (double?)null : Math.Round(r.Metrics.ExpectedCalibrationError, 4),
        seconds = r.Seconds,
    };

    private static void WriteMetrics(OwnerMetrics m)
    {
        Console.WriteLine(string.Create(C, $"  top-1 {m.Top1:F3}  macro-F1 {m.MacroF1:F3} over {m.LabelCount} priorities ({m.Count:N0} tickets)"));
        Console.WriteLine(OwnerModelFigures.Answers(m));
    }
}
