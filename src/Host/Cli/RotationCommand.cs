using System.CommandLine;
using System.Text;
using Reporting.Analytics.Capacity.Rotation;
using Reporting.Host.Application.Capacity;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary><c>reporting rotation plan --db FILE --weeks N [--from 2026-W49] [--out rotation.csv] [--apply] [--json]</c></summary>
public static class RotationCommand
{
    public static Command Build(TimeProvider time)
    {
        var db = CliOptions.Database();
        var weeks = new Option<int>("--weeks") { Description = $"Weeks to plan (1 to {RotationPlanOptions.MaxWeeks})", DefaultValueFactory = _ => 4 };
        var from = new Option<string?>("--from") { Description = "First week to plan, e.g. 2026-W49 (default: next week)" };
        var newcomer = new Option<int>("--newcomer-rotations")
        {
            Description = "Fewer past rotations than this makes a newcomer, who gets a buddy",
            DefaultValueFactory = _ => new RotationPlanOptions().NewcomerRotations,
        };
        var output = new Option<FileInfo?>("--out") { Description = "Write the plan as rotation.csv (week,team,engineer,buddy)" };
        var groups = new Option<string[]>("--group")
        {
            Description = "One rotation for the teams owning these services, NAME=SERVICE,SERVICE (repeatable; other teams rotate on their own)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var apply = new Option<bool>("--apply") { Description = "Store the plan as the rotation, so capacity forecasts with it" };
        var json = CliOptions.Json();
        var plan = new Command("plan", "Propose who is on support rotation: one engineer per team per week, newcomers with a buddy")
        {
            db, weeks, from, newcomer, groups, output, apply, json,
        };
        plan.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var path = result.GetValue(db)!;
            var store = result.GetValue(apply);
            await using var connection = store
                ? await WarehouseConnection.OpenAsync(path, cancellationToken)
                : await WarehouseConnection.OpenReadOnlyAsync(path, cancellationToken);
            var options = new RotationPlanOptions
            {
                NewcomerRotations = Math.Clamp(result.GetValue(newcomer), 0, 100),
                Groups = (result.GetValue(groups) ?? []).Select(RotationGroup.Parse).ToList(),
            };
            var weeksPlanned = await new PlanRotation(time, options).RunAsync(
                connection, result.GetValue(weeks), result.GetValue(from), store, cancellationToken);
            if (result.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, Csv(weeksPlanned), new UTF8Encoding(false), cancellationToken);
            }

            if (result.GetValue(json))
            {
                JsonOutput.Write(weeksPlanned.Select(w => new RotationPlanJson(w.Week.ToString(), w.Team, w.Engineer, w.Buddy, w.Reason, w.Unmet, w.Rotation)));
            }
            else
            {
                foreach (var w in weeksPlanned)
                {
                    Console.Out.WriteLine($"{w.Week}  {w.Team,-20} {w.Engineer ?? "(nobody)",-22} {(w.Buddy is null ? "" : "buddy " + w.Buddy),-28} {w.Reason}");
                }
            }

            var unmet = weeksPlanned.Where(w => w.Unmet is not null).ToList();
            foreach (var w in unmet)
            {
                Console.Error.WriteLine($"warning: {w.Week} {w.Team}: {w.Unmet}");
            }

            if (store)
            {
                Console.Error.WriteLine($"stored {weeksPlanned.SelectMany(w => w.Rows()).Count()} planned team weeks as the rotation");
            }

            return 0;
        }));
        return new Command("rotation", "Support rotation") { plan };
    }

    private static string Csv(IReadOnlyList<RotationPlanWeek> plan)
    {
        var text = new StringBuilder("week,team,engineer,buddy\n");
        foreach (var w in plan.SelectMany(w => w.Rows()))
        {
            text.Append($"{w.Week},{Field(w.Team)},{Field(w.Engineer)},{Field(w.Buddy ?? "")}\n");
        }

        return text.ToString();
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private sealed record RotationPlanJson(string Week, string Team, string? Engineer, string? Buddy, string Reason, string? Unmet, string? Rotation);
}
