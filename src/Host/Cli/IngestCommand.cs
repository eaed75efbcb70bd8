using System.CommandLine;
using System.Globalization;
using Reporting.Ingest;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary><c>reporting ingest PATH --db FILE [--source NAME] [--json]</c></summary>
public static class IngestCommand
{
    public static Command Build(TimeProvider time)
    {
        var path = new Argument<string>("path")
        {
            Description = "A tickets CSV, JSON Lines or Jira export (.jsonl, optionally .gz), or a folder such as data/samples",
        };
        var db = CliOptions.Database();
        var source = new Option<string?>("--source")
        {
            Description = "Source name the tickets are filed under (default: the file or folder name)",
        };
        var json = CliOptions.Json();
        var command = new Command("ingest", "Load ticket files into the warehouse; re-ingesting the same input changes nothing")
        {
            path, db, source, json,
        };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var asJson = result.GetValue(json);
            await using var connection = await WarehouseConnection.OpenAsync(result.GetValue(db)!, cancellationToken);
            var ingestor = new FileIngestor(connection, time, new ConsoleProgress());
            var summary = await ingestor.IngestAsync(result.GetValue(path)!, result.GetValue(source), cancellationToken);
            if (asJson)
            {
                JsonOutput.Write(IngestReport.From(summary));
            }
            else
            {
                IngestReport.WriteText(summary, Console.Out);
            }

            return 0;
        }));
        return command;
    }
}
