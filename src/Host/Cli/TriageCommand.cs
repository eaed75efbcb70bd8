using System.CommandLine;
using Reporting.Analytics.Readiness;
using Reporting.Host.Application.Readiness;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary><c>reporting triage readiness</c>: what a ticket still lacks before a team can take it, and what to ask.</summary>
public static class TriageCommand
{
    public static Command Build() => new("triage", "Triage help for one ticket") { Readiness() };

    private static Command Readiness()
    {
        var db = CliOptions.Database();
        var id = new Option<string>("--id") { Description = "The ticket", Required = true };
        var source = new Option<string?>("--source") { Description = "The ticket's source, when the id exists in several" };
        var json = CliOptions.Json();
        var command = new Command("readiness", "The readiness checklist (steps, expected vs actual, version, environment, logs, impact), its score and the questions for the reporter")
        {
            db, id, source, json,
        };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            await using var connection = await WarehouseConnection.OpenReadOnlyAsync(result.GetValue(db)!, cancellationToken);
            var readiness = await new AssessTicketReadiness(CliConfiguration.Masker(), new ReadinessAssessor())
                .RunAsync(connection, result.GetValue(source), result.GetValue(id)!, cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(readiness);
                return 0;
            }

            Console.WriteLine($"{readiness.Source}/{readiness.Id}: {readiness.Score}/{readiness.Total} ready");
            foreach (var item in readiness.Items)
            {
                Console.WriteLine(item.Present ? $"  [x] {item.Title}: {item.Evidence ?? item.Cue}" : $"  [ ] {item.Title}");
            }

            foreach (var question in readiness.Questions)
            {
                Console.WriteLine($"  ask: {question}");
            }

            return 0;
        }));
        return command;
    }
}
