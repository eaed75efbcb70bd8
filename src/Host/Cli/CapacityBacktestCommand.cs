using System.CommandLine;
using System.Globalization;
using Reporting.Analytics.Capacity.Forecasting;
using Reporting.Host.Application;
using Reporting.Host.Application.Capacity;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary><c>reporting capacity backtest --db FILE [--team NAME] [--horizon 2] [--weeks 260] [--json]</c></summary>
public static class CapacityBacktestCommand
{
    public static Command Build(TimeProvider time)
    {
        var db = CliOptions.Database();
        var team = new Option<string?>("--team") { Description = "One team (default: all teams)" };
        var horizon = new Option<int>("--horizon") { Description = "Score forecasts 1 to this many weeks ahead", DefaultValueFactory = _ => 2 };
        var weeks = new Option<int>("--weeks")
        {
            Description = $"Weeks of history to test over, ending on the newest ticket's day (at most {ReportingPeriod.MaxWeeks})",
            DefaultValueFactory = _ => ReportingPeriod.MaxWeeks,
        };
        var json = CliOptions.Json();
        var command = new Command("backtest", "How right the forecast of effective hours has been, against last week's value and the 4-week mean")
        {
            db, team, horizon, weeks, json,
        };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(result.GetValue(db)!, cancellationToken);
            var scores = await new BacktestCapacity(time).RunAsync(
                connection, result.GetValue(team), result.GetValue(horizon), result.GetValue(weeks), cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(scores);
            }
            else
            {
                WriteText(scores, Console.Out);
            }

            return 0;
        }));
        return command;
    }

    private static void WriteText(IReadOnlyList<BacktestScore> scores, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("Forecast of effective hours, scored on every past week: MASE below 1 beats that baseline; the 80% range should hold 75–85% of weeks.");
        output.WriteLine(string.Create(c, $"{"team",-20} {"ahead",5} {"weeks",5} {"MAE h",7} {"naive h",7} {"mean4 h",7} {"MASE/naive",10} {"MASE/mean4",10} {"80% held",8}  method"));
        foreach (var s in scores)
        {
            output.WriteLine(string.Create(c,
                $"{s.Team,-20} {s.HorizonWeeks,5} {s.WeeksTested,5} {s.MaeHours,7:F1} {s.NaiveMaeHours,7:F1} {s.Mean4MaeHours,7:F1} {Ratio(s.MaseNaive),10} {Ratio(s.MaseMean4),10} {(s.IntervalCoverage is { } v ? v.ToString("P0", c) : "–"),8}  {Method(s)}"));
        }
    }

    private static string Ratio(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "–";

    private static string Method(BacktestScore s) =>
        s.Method == ForecastMethod.Naive ? "last week's value (the model did not beat it)" : "model";
}
