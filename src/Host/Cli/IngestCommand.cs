using System.CommandLine;
using System.Globalization;
using Reporting.Ingest;
using Reporting.Ingest.Files;
using Reporting.Ingest.Tickets;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary><c>reporting ingest PATH --db FILE [--source NAME] [--encoding NAME] [--earliest DATE] [--days-after-run 1] [--json]</c></summary>
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
        var encoding = new Option<string?>("--encoding")
        {
            Description = "The files' text encoding, e.g. windows-1252 (default: a byte order mark, else UTF-8, else Windows-1252 when the start is not UTF-8)",
        };
        var earliest = new Option<DateOnly?>("--earliest")
        {
            Description = "Refuse tickets created before this day (default 1990-01-01); they are kept in rejects",
        };
        var daysAfterRun = new Option<int>("--days-after-run")
        {
            Description = "Refuse tickets created more than this many days after today (default 1, at most 366)",
            DefaultValueFactory = _ => 1,
        };
        var json = CliOptions.Json();
        var command = new Command("ingest", "Load ticket files into the warehouse; re-ingesting the same input changes nothing")
        {
            path, db, source, encoding, earliest, daysAfterRun, json,
        };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var asJson = result.GetValue(json);
            await using var connection = await WarehouseConnection.OpenAsync(result.GetValue(db)!, cancellationToken);
            var ingestor = new FileIngestor(connection, time, new ConsoleProgress())
            {
                Encoding = result.GetValue(encoding) is { } name ? TextEncodings.Named(name) : null,
                Earliest = result.GetValue(earliest) ?? DateOnly.FromDateTime(PlausibleDates.DefaultEarliest),
                DaysAfterRun = result.GetValue(daysAfterRun),
            };
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
