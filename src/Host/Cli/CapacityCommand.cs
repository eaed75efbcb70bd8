using System.CommandLine;
using System.Globalization;
using Reporting.Analytics.Capacity;
using Reporting.Host.Application;
using Reporting.Host.Application.Capacity;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary><c>reporting capacity --db FILE (--team NAME | --all) --from DATE --to DATE [--forecast-weeks 2] [--json]</c></summary>
public static class CapacityCommand
{
    public static Command Build(TimeProvider time)
    {
        var db = CliOptions.Database();
        var team = new Option<string?>("--team") { Description = "One team (default: all teams)" };
        var all = new Option<bool>("--all") { Description = "All teams (the default when --team is not given)" };
        var from = new Option<DateOnly?>("--from") { Description = $"First day of the period (default: {ReportingPeriod.DefaultWeeks} weeks before --to)" };
        var to = new Option<DateOnly?>("--to") { Description = "Last day of the period (default: the newest ticket's day)" };
        var forecast = new Option<int>("--forecast-weeks") { Description = "Weeks to forecast after the period", DefaultValueFactory = _ => 2 };
        var json = CliOptions.Json();
        var command = new Command("capacity", "Per team and ISO week: nominal hours, rotation, support load, what is really left, and a forecast")
        {
            db, team, all, from, to, forecast, json,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(team) is not null && r.GetValue(all))
            {
                r.AddError("Give either --team NAME or --all, not both.");
            }
        });
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            await using var connection = await WarehouseConnection.OpenExistingAsync(result.GetValue(db)!, cancellationToken);
            var answer = await new ComputeCapacity(time).RunAsync(connection,
                new CapacityRequest(result.GetValue(team), result.GetValue(from), result.GetValue(to), result.GetValue(forecast), Store: true),
                cancellationToken);

            if (result.GetValue(json))
            {
                JsonOutput.Write(answer.Weeks);
            }
            else
            {
                WriteText(answer.Result, Console.Out, result.GetValue(team) is null);
            }

            return 0;
        }));
        command.Subcommands.Add(CapacityBacktestCommand.Build(time));
        return command;
    }

    private static void WriteText(CapacityResult capacity, TextWriter output, bool allTeams)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(capacity.RosterNote);
        output.WriteLine(capacity.Effort.Note);
        foreach (var team in capacity.Weeks.GroupBy(w => w.Team))
        {
            output.WriteLine();
            output.WriteLine(team.Key);
            output.WriteLine(string.Create(c, $"  {"week",-9} {"nominal",8} {"rotation",8} {"support",8} {"absorbed",8} {"leaked",8} {"overflow",8} {"effective",9} {"share",6} {"opened",6} {"resolved",8}"));
            foreach (var w in team)
            {
                var forecastNote = w.Forecast ? string.Create(c, $"  forecast, 80% interval {w.EffectiveLow:F0}–{w.EffectiveHigh:F0} h") : "";
                output.WriteLine(string.Create(c,
                    $"  {w.Week,-9} {w.NominalHours,8:F1} {w.RotationHours,8:F1} {w.SupportHours,8:F1} {w.AbsorbedHours,8:F1} {w.LeakedHours,8:F1} {w.OverflowHours,8:F1} {w.EffectiveHours,9:F1} {w.EffectiveShare,6:P0} {w.TicketsOpened,6} {(w.Forecast ? "-" : w.TicketsResolved.ToString(c)),8}{forecastNote}"));
            }
        }

        if (allTeams && capacity.UnownedSupportHours > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(c, $"{capacity.UnownedSupportHours:F1} h of support went to tickets no team owns (no service or team)."));
        }
    }
}
