using System.CommandLine;
using System.Globalization;
using Reporting.Ingest.Sources;
using Reporting.Ingest.Tickets;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary><c>reporting pull SOURCE [--since DATE] [--json] [--db FILE]</c></summary>
public static class PullCommand
{
    public const string DefaultDatabase = "warehouse.duckdb";

    public static Command Build(TimeProvider time)
    {
        var source = new Argument<string>("source") { Description = "A source configured under Sources:NAME in appsettings.json or the environment" };
        var since = new Option<string?>("--since")
        {
            Description = "Pull what changed since this date (yyyy-MM-dd or ISO-8601, UTC) instead of since the stored watermark",
        };
        var db = CliOptions.Database(required: false);
        db.Description = $"The DuckDB warehouse file (default: {DefaultDatabase})";
        var json = CliOptions.Json();
        var command = new Command("pull", "Pull what changed in a ticket system (Zendesk, Jira, GitHub) since the last pull; safe to repeat")
        {
            source, since, db, json,
        };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var from = result.GetValue(since) is { } text
                ? TimestampParser.TryParseUtc(text, out var utc)
                    ? new DateTimeOffset(utc)
                    : throw new FormatException($"--since '{text}' is not a date (yyyy-MM-dd or ISO-8601)")
                : (DateTimeOffset?)null;
            var sources = SourcesConfiguration.Load();
            await using var connection = await WarehouseConnection.OpenAsync(result.GetValue(db) ?? DefaultDatabase, cancellationToken);
            var runner = new PullRunner(connection, sources, time, new ConsoleProgress());
            PullSummary summary;
            try
            {
                summary = await runner.RunAsync(result.GetValue(source)!, from, cancellationToken);
            }
            catch (SourceException ex)
            {
                // Already names the source and request, and carries no credentials.
                await Console.Error.WriteLineAsync($"error: {ex.Message}");
                return 1;
            }

            if (result.GetValue(json))
            {
                JsonOutput.Write(PullReport.From(summary));
            }
            else
            {
                PullReport.WriteText(summary, Console.Out);
            }

            return 0;
        }));
        return command;
    }
}

/// <summary>One pull as <c>reporting pull --json</c> prints it.</summary>
public sealed record PullReport(
    string Source, string Kind, long RunId, int Pages, long Read, long New, long Updated, long Unchanged, long Rejected,
    long Events, long Skipped, int Retries, double Seconds, string? Watermark, int? Releases)
{
    public static PullReport From(PullSummary s) => new(
        s.Source, s.Kind, s.RunId, s.Pages, s.Counts.Read, s.Counts.New, s.Counts.Updated, s.Counts.Unchanged, s.Counts.Rejected,
        s.Counts.Events, s.Skipped, s.Retries, Math.Round(s.Seconds, 3), s.Watermark, s.Releases);

    public static void WriteText(PullSummary s, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var n = s.Counts;
        output.WriteLine(string.Create(c, $"Pulled source '{s.Source}' ({s.Kind}, run {s.RunId}) in {s.Seconds:F1} s: {s.Pages:N0} pages"));
        output.WriteLine(string.Create(c,
            $"  tickets: {n.Read:N0} read, {n.New:N0} new, {n.Updated:N0} updated, {n.Unchanged:N0} unchanged, {n.Rejected:N0} rejected; {n.Events:N0} events written"));
        if (s.Skipped > 0)
        {
            output.WriteLine(string.Create(c, $"  {s.Skipped:N0} pull requests skipped (not tickets)"));
        }

        if (s.Releases is { } releases)
        {
            output.WriteLine(string.Create(c, $"  releases: {releases:N0} (service, version) rows from the tracker's versions or releases"));
        }

        if (s.Retries > 0)
        {
            output.WriteLine(string.Create(c, $"  {s.Retries:N0} requests retried"));
        }

        if (n.Rejected > 0)
        {
            output.WriteLine(string.Create(c, $"  {n.Rejected:N0} rejected items are kept in the warehouse table 'rejects' with page and position."));
        }

        output.WriteLine($"  next watermark: {s.Watermark ?? "(none yet)"}");
    }
}
