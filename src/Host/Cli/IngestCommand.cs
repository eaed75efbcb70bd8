using System.CommandLine;
using Reporting.Ingest;
using Reporting.Ingest.Columns;
using Reporting.Ingest.Explain;
using Reporting.Ingest.Files;
using Reporting.Ingest.Mapping;
using Reporting.Ingest.Tickets;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting ingest PATH --db FILE [--source NAME] [--map FILE] [--max-field-bytes N] [--encoding NAME] [--earliest DATE]
/// [--days-after-run 1] [--json]</c>, or <c>reporting ingest --explain PATH [--map FILE]</c> to see how it would be read.
/// </summary>
public static class IngestCommand
{
    public static Command Build(TimeProvider time)
    {
        var path = new Argument<string>("path")
        {
            Description = "A tickets CSV, a Zendesk/Jira/ServiceNow/Freshdesk CSV export, GitHub issues JSON, JSON Lines or a Jira export (.jsonl, optionally .gz), or a folder such as data/samples",
        };
        var db = CliOptions.Database(required: false);
        var source = new Option<string?>("--source")
        {
            Description = "Source name the tickets are filed under (default: the file or folder name)",
        };
        var map = new Option<string?>("--map")
        {
            Description = "A mapping file (YAML) saying which column holds which field, how dates are written, list separators and value maps",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Print how each column would be read (preset or mapping, column → field, a sample from the first rows) and write nothing",
        };
        var maxFieldBytes = new Option<int>("--max-field-bytes")
        {
            Description = $"Reject fields larger than this many bytes, and records larger than {FieldSizeLimit.RecordFactor} times it " +
                          $"(default {FieldSizeLimit.DefaultBytes}, {FieldSizeLimit.MinBytes} to {FieldSizeLimit.MaxBytes})",
            DefaultValueFactory = _ => FieldSizeLimit.DefaultBytes,
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
            path, db, source, map, explain, maxFieldBytes, encoding, earliest, daysAfterRun, json,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(db) is null && !r.GetValue(explain))
            {
                r.AddError("Option '--db' is required (or give --explain to see how the input would be read).");
            }
        });
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var asJson = result.GetValue(json);
            // Options are checked before anything is read or written.
            var limit = new FieldSizeLimit(result.GetValue(maxFieldBytes));
            var mapping = result.GetValue(map) is { } mapFile ? ReadMapping(mapFile) : null;
            var textEncoding = result.GetValue(encoding) is { } name ? TextEncodings.Named(name) : null;
            if (result.GetValue(explain))
            {
                var explanations = await new InputExplainer(mapping, limit, textEncoding).ExplainAsync(result.GetValue(path)!, cancellationToken);
                if (asJson)
                {
                    JsonOutput.Write(explanations);
                }
                else
                {
                    IngestExplainReport.WriteText(explanations, Console.Out);
                }

                return 0;
            }

            await using var connection = await WarehouseConnection.OpenAsync(result.GetValue(db)!, cancellationToken);
            var ingestor = new FileIngestor(connection, time, new ConsoleProgress())
            {
                Encoding = textEncoding,
                Earliest = result.GetValue(earliest) ?? DateOnly.FromDateTime(PlausibleDates.DefaultEarliest),
                DaysAfterRun = result.GetValue(daysAfterRun),
                Limit = limit,
                Mapping = mapping,
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

    private static ColumnMapping ReadMapping(string file) =>
        File.Exists(file) ? MappingFile.Read(file) : throw new FileNotFoundException($"No mapping file at {Path.GetFullPath(file)}", file);
}
