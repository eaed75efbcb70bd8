using System.Diagnostics;
using DuckDB.NET.Data;
using Reporting.Ingest.Columns;
using Reporting.Ingest.Company;
using Reporting.Ingest.Files;
using Reporting.Ingest.Jira;
using Reporting.Ingest.Loading;
using Reporting.Ingest.Presets;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest;

/// <summary>
/// Loads a file, or a directory of files, into the warehouse: company configuration first
/// (teams.yaml, rotation as CSV or an on-call calendar, releases, absences), then tickets, then separate event files.
/// Tickets are upserted on (source, external id); bad records go to <c>rejects</c> and are counted.
/// </summary>
public sealed class FileIngestor(DuckDBConnection connection, TimeProvider time, IProgress<IngestProgress>? progress = null)
{
    /// <summary>Tickets per committed batch: large enough to amortise the merge, small enough to show progress.</summary>
    public int BatchSize { get; init; } = 10_000;

    /// <summary>The encoding of text inputs; null detects it (byte order mark, else UTF-8 or Windows-1252).</summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>Tickets created before this day are refused (kept in rejects).</summary>
    public DateOnly Earliest { get; init; } = DateOnly.FromDateTime(PlausibleDates.DefaultEarliest);

    /// <summary>Tickets created more than this many days after the run's day are refused (kept in rejects).</summary>
    public int DaysAfterRun { get; init; } = 1;

    /// <summary>Fields and records over this size are rejected without being held in memory.</summary>
    public FieldSizeLimit Limit { get; init; } = FieldSizeLimit.Default;

    /// <summary>How to read tickets CSVs (<c>--map</c>); null reads the canonical columns or a recognised export.</summary>
    public ColumnMapping? Mapping { get; init; }

    public async Task<IngestSummary> IngestAsync(string path, string? source = null, CancellationToken cancellationToken = default)
    {
        _ = PlausibleDates.ForRunAt(time.GetUtcNow(), Earliest, DaysAfterRun); // a bad range is refused before anything is read
        var inputs = await ResolveInputsAsync(path, Mapping is not null, cancellationToken);
        source ??= DefaultSourceName(path);
        var watch = Stopwatch.StartNew();
        var runLog = new IngestRunLog(connection, time);
        var runId = await runLog.StartAsync(source, "file", Path.GetFullPath(path), cancellationToken);
        var results = new List<InputSummary>();
        try
        {
            foreach (var (file, kind) in inputs)
            {
                var counts = await IngestFileAsync(file, kind, source, runId, watch, cancellationToken);
                results.Add(new InputSummary(Path.GetFileName(file), kind, counts));
            }

            var total = results.Aggregate(IngestCounts.Zero, (sum, r) => sum + r.Counts);
            await runLog.FinishAsync(runId, total, null, CancellationToken.None);
            return new IngestSummary(source, runId, total, results, watch.Elapsed.TotalSeconds);
        }
        catch (Exception ex)
        {
            var total = results.Aggregate(ex is IncompleteInputException incomplete ? incomplete.Counts : IngestCounts.Zero, (sum, r) => sum + r.Counts);
            await runLog.FinishAsync(runId, total, ex.Message, CancellationToken.None);
            throw;
        }
    }

    /// <summary>The source name used when none is given: the file or folder name without extensions.</summary>
    public static string DefaultSourceName(string path)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }

    private async Task<IngestCounts> IngestFileAsync(
        string file, InputKind kind, string source, long runId, Stopwatch watch, CancellationToken cancellationToken)
    {
        var input = Path.GetFileName(file);
        switch (kind)
        {
            case InputKind.TeamsYaml:
            case InputKind.RotationCsv:
            case InputKind.ReleasesCsv:
            case InputKind.AbsencesCsv:
            case InputKind.RotationCalendar:
                var company = await new CompanyLoader(connection, time).LoadAsync(file, kind, source, runId, cancellationToken);
                progress?.Report(new IngestProgress(input, company.Read, company.Rejected, watch.Elapsed));
                return company;
        }

        using var text = InputFile.OpenText(file, Encoding);
        var records = kind switch
        {
            InputKind.TicketCsv => MappedCsvReader.ReadAsync(text, input, source, CanonicalColumns.Mapping, Limit, cancellationToken),
            InputKind.MappedCsv => MappedCsvReader.ReadAsync(text, input, source, Mapping!, Limit, cancellationToken),
            InputKind.EventCsv => EventCsvReader.ReadAsync(text, input, source, Limit, cancellationToken),
            InputKind.TicketJsonLines => JsonLinesTicketReader.ReadAsync(text, input, source, CanonicalTicketJson.Map, cancellationToken, Limit),
            InputKind.JiraJsonLines => JsonLinesTicketReader.ReadAsync(text, input, source, JiraIssueMapper.Map, cancellationToken, Limit),
            InputKind.GitHubIssuesJson => GitHubIssuesJson.ReadAsync(text, input, source, Limit, cancellationToken),
            _ when ExportPresets.For(kind) is { } preset => MappedCsvReader.ReadAsync(text, input, source, preset.Mapping, Limit, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        var writer = new TicketBatchWriter(connection, time);
        var plausible = PlausibleDates.ForRunAt(time.GetUtcNow(), Earliest, DaysAfterRun);
        var counts = IngestCounts.Zero;
        var tickets = new List<TicketRecord>();
        var events = new List<StagedEvent>();
        var rejects = new List<RejectedRecord>();
        long read = 0;

        async Task FlushAsync()
        {
            var result = await writer.WriteAsync(new TicketBatch(source, tickets, events, rejects), runId, cancellationToken);
            var rejected = rejects.Count + result.OrphanEvents.Count;
            var accepted = tickets.Count + events.Count - result.OrphanEvents.Count;
            counts += new IngestCounts(
                tickets.Count + events.Count + rejects.Count, accepted, rejected,
                result.New, result.Updated, result.Unchanged, result.EventsWritten);
            tickets.Clear();
            events.Clear();
            rejects.Clear();
            progress?.Report(new IngestProgress(input, counts.Read, counts.Rejected, watch.Elapsed));
        }

        try
        {
            await foreach (var record in records)
            {
                read++;
                switch (record)
                {
                    case ParsedTicket t when plausible.Problem(t.Ticket.CreatedAt) is { } problem:
                        rejects.Add(new RejectedRecord(input, t.Line, "created_at", problem,
                            $"{t.Ticket.ExternalId}: {t.Ticket.Subject}"));
                        break;
                    case ParsedTicket t when Limit.Oversized(t.Ticket) is { } oversized:
                        // JSON inputs are read whole per record; CSV fields were checked while reading.
                        rejects.Add(new RejectedRecord(input, t.Line, oversized.Field, oversized.Reason,
                            $"{t.Ticket.ExternalId}: {CsvHeader.Shorten(t.Ticket.Subject)}"));
                        break;
                    case ParsedTicket t:
                        tickets.Add(t.Ticket);
                        break;
                    case ParsedEvent e:
                        events.Add(new StagedEvent(input, e.Line, e.Event));
                        break;
                    case ParseFailure f:
                        rejects.Add(f.Rejected);
                        break;
                }

                if (tickets.Count >= BatchSize || events.Count >= BatchSize * 10)
                {
                    await FlushAsync();
                }
            }
        }
        catch (TruncatedInputException ex)
        {
            // Keep what was read before the input broke off, and say how much that was.
            await FlushAsync();
            throw new IncompleteInputException(ex.Message, counts, ex);
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            // Never store replacement characters: stop at the first byte the encoding cannot read, keeping what came before.
            await FlushAsync();
            throw new IncompleteInputException(
                $"{input}: after record {read:N0} the text is not valid {(text as StreamReader)?.CurrentEncoding.WebName ?? "text"} ({ex.Message.TrimEnd('.')}); " +
                "what came before is ingested. Give the file's encoding with --encoding (e.g. windows-1252) and ingest it again.",
                counts, ex);
        }

        await FlushAsync();
        Debug.Assert(counts.Read == read, "every record read is counted once");
        return counts;
    }

    internal static async Task<IReadOnlyList<(string File, InputKind Kind)>> ResolveInputsAsync(string path, bool mapped, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            return [(path, await DetectAsync(path, mapped, cancellationToken))];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"No file or directory at {Path.GetFullPath(path)}", path);
        }

        var found = new List<(string File, InputKind Kind)>();
        foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.') || !IsIngestible(name))
            {
                continue;
            }

            found.Add((file, await DetectAsync(file, mapped, cancellationToken)));
        }

        if (found.Count == 0)
        {
            throw new InvalidDataException($"{Path.GetFullPath(path)}: no .csv, .jsonl, .json(.gz) or teams.yaml files to ingest");
        }

        // Configuration before tickets, tickets before the events that refer to them.
        return found.OrderBy(f => f.Kind switch
        {
            InputKind.TeamsYaml => 0,
            InputKind.RotationCsv or InputKind.ReleasesCsv or InputKind.AbsencesCsv or InputKind.RotationCalendar => 1,
            InputKind.EventCsv => 3,
            _ => 2,
        }).ThenBy(f => f.File, StringComparer.Ordinal).ToList();
    }

    // An on-call calendar (.ics, by content) is told apart before the CSV and JSON detection.
    private static async Task<InputKind> DetectAsync(string path, bool mapped, CancellationToken cancellationToken) =>
        await RotationCalendar.IsCalendarAsync(path, cancellationToken) ? InputKind.RotationCalendar : await InputFile.DetectAsync(path, mapped, cancellationToken);

    private static bool IsIngestible(string name) =>
        name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".ics", StringComparison.OrdinalIgnoreCase)
        || name.Equals("teams.yaml", StringComparison.OrdinalIgnoreCase)
        || name.Equals("teams.yml", StringComparison.OrdinalIgnoreCase);
}
