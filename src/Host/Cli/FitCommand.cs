using System.CommandLine;
using System.Globalization;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.RotationFit;
using Reporting.Host.Application.Tickets;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Cli;

/// <summary><c>reporting fit ticket|evaluate</c>: whether a ticket fits in the rest of the current rotation, and how often its range holds.</summary>
public static class FitCommand
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Build(TimeProvider time) => new("fit", "Whether a ticket fits in the rest of the current rotation: time to resolve from similar resolved tickets")
    {
        Ticket(time), Evaluate(time),
    };

    private static Command Ticket(TimeProvider time)
    {
        var db = CliOptions.Database();
        var id = new Option<string>("--id") { Description = "The ticket", Required = true };
        var json = CliOptions.Json();
        var command = new Command("ticket", "The time-to-resolve range of one ticket and whether it fits in its team's current rotation") { db, id, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(result.GetValue(db)!, cancellationToken);
            using var finder = new SimilarTicketFinder();
            TicketFit fit;
            try
            {
                fit = await new EstimateTicketFit(time).RunAsync(connection, finder, result.GetValue(id)!, cancellationToken);
            }
            catch (Application.InvalidRequestException ex)
            {
                throw new UserInputException(ex.Message);
            }

            if (result.GetValue(json))
            {
                JsonOutput.Write(fit);
                return 0;
            }

            Console.WriteLine($"{fit.Id}: {fit.Verdict.ToString().ToLowerInvariant()} ({fit.Reason})");
            if (fit.Range is { } r)
            {
                Console.WriteLine(string.Create(C, $"  time to resolve: {RotationFitRule.Days(r.LowDays)}–{RotationFitRule.Days(r.HighDays)} (median {RotationFitRule.Days(r.MedianDays)}), from {r.SampleCount} {Basis(r.Basis)}"));
            }

            if (fit.Effort is { } e)
            {
                Console.WriteLine(string.Create(C, $"  tracked effort: {e.LowHours:0.#}–{e.HighHours:0.#} h (median {e.MedianHours:0.#} h) from {e.SampleCount} of them"));
            }

            Console.WriteLine(fit.RotationEndsAt is { } end
                ? $"  rotation of team {fit.Team}: {fit.RotationEngineer} until {end:yyyy-MM-dd HH:mm} UTC"
                : $"  no rotation on record for team {fit.Team ?? "(none)"} now");
            return 0;
        }));
        return command;
    }

    private static Command Evaluate(TimeProvider time)
    {
        var input = CliOptions.Input("evaluate");
        var db = CliOptions.Database(required: false);
        var json = CliOptions.Json();
        var command = new Command("evaluate", "How often the 80% time-to-resolve range holds the actual time, replayed in time order (conformal correction fitted on the 60–80% slice, tested on the newest 20%)") { input, db, json };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var progress = new ConsoleProgress();
            await using var data = await EvaluationInput.OpenAsync(SharedData.Require(result.GetValue(input)), result.GetValue(db), time, progress, cancellationToken);
            var tickets = await ResolutionHistoryQueries.WithTextAsync(data.Connection, cancellationToken);
            var report = ResolutionRangeEvaluation.Run(tickets, progress: progress, cancellationToken: cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(report);
                return 0;
            }

            Console.WriteLine(string.Create(C, $"{report.Tickets:N0} tickets, {report.Resolved:N0} resolved; validation {report.ValidationCount:N0}, test {report.TestCount:N0} ({report.SimilarShare:P0} of test ranges from similar tickets); {report.Seconds:F0} s"));
            Console.WriteLine("  range (10th–90th percentile)             coverage  below  above  median upper end  median |ln error|");
            Line("similar tickets, raw", report.Raw);
            Line(string.Create(C, $"similar tickets, conformal (w={report.Widening:F3})"), report.Calibrated);
            Line("service distribution, raw", report.BaselineRaw);
            Line(string.Create(C, $"service distribution, conformal (w={report.BaselineWidening:F3})"), report.BaselineCalibrated);
            Console.WriteLine(string.Create(C, $"  {report.OpenPastHigh:N0} of {report.OpenTestCount:N0} test tickets still open at the data's end are already past their corrected range; counted as misses, coverage {report.CoverageCountingOpen:F3}"));
            return 0;
        }));
        return command;
    }

    private static void Line(string name, RangeFigures f) =>
        Console.WriteLine(string.Create(C, $"  {name,-40} {f.Coverage,8:F3}  {f.Below,5:F3}  {f.Above,5:F3}  {RotationFitRule.Days(f.MedianHighDays),16}  {f.MedianLogError,17:F2}"));

    private static string Basis(RangeBasis basis) => basis switch
    {
        RangeBasis.SimilarTickets => "similar resolved tickets",
        RangeBasis.Service => "resolved tickets of its service",
        RangeBasis.Team => "resolved tickets of its team",
        _ => "resolved tickets",
    };
}
