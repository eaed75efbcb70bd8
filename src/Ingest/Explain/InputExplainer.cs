using System.Globalization;
using Reporting.Ingest.Columns;
using Reporting.Ingest.Files;
using Reporting.Ingest.Jira;
using Reporting.Ingest.Presets;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Explain;

/// <summary>
/// Explains how <c>reporting ingest</c> would read a file or folder (<c>--explain</c>), reading only the first rows of
/// each file and writing nothing.
/// </summary>
public sealed class InputExplainer(ColumnMapping? mapping = null, FieldSizeLimit? limit = null, System.Text.Encoding? encoding = null)
{
    /// <summary>Rows read from each file for samples.</summary>
    public const int SampleRows = 20;

    private const int ShownChars = 60;
    private const int ShownProblems = 3;

    private readonly FieldSizeLimit _limit = limit ?? FieldSizeLimit.Default;

    public async Task<IReadOnlyList<InputExplanation>> ExplainAsync(string path, CancellationToken cancellationToken = default)
    {
        var explanations = new List<InputExplanation>();
        foreach (var (file, kind) in await FileIngestor.ResolveInputsAsync(path, mapping is not null, cancellationToken))
        {
            explanations.Add(await ExplainFileAsync(file, kind, cancellationToken));
        }

        return explanations;
    }

    private async Task<InputExplanation> ExplainFileAsync(string file, InputKind kind, CancellationToken cancellationToken)
    {
        var input = Path.GetFileName(file);
        var columns = kind switch
        {
            InputKind.TicketCsv => CanonicalColumns.Mapping,
            InputKind.MappedCsv => mapping,
            _ => ExportPresets.For(kind)?.Mapping,
        };
        if (columns is not null)
        {
            return await ExplainCsvAsync(file, input, kind, columns, cancellationToken);
        }

        var reads = kind switch
        {
            InputKind.EventCsv => "ticket events CSV (ticket_id, at, kind, actor, detail)",
            InputKind.TicketJsonLines => "tickets as JSON Lines (the canonical CSV's column names as properties)",
            InputKind.JiraJsonLines => "Jira issues as JSON Lines (REST issue objects)",
            InputKind.GitHubIssuesJson => "GitHub issues JSON (a REST array or gh issue list --json output)",
            InputKind.TeamsYaml => "company configuration: teams, product managers, members and services",
            InputKind.RotationCsv => "company configuration: support rotation (week, team, engineer)",
            InputKind.ReleasesCsv => "company configuration: releases (service, version, release_date)",
            InputKind.AbsencesCsv => "company configuration: absences (engineer, start_date, end_date)",
            _ => kind.ToString(),
        };
        if (kind is not (InputKind.TicketJsonLines or InputKind.JiraJsonLines or InputKind.GitHubIssuesJson or InputKind.EventCsv))
        {
            return new InputExplanation(input, kind, reads, [], [], null, null, 0, 0, []);
        }

        using var text = InputFile.OpenText(file, encoding);
        var records = kind switch
        {
            InputKind.EventCsv => EventCsvReader.ReadAsync(text, input, "explain", _limit, cancellationToken),
            InputKind.TicketJsonLines => JsonLinesTicketReader.ReadAsync(text, input, "explain", CanonicalTicketJson.Map, cancellationToken, _limit),
            InputKind.JiraJsonLines => JsonLinesTicketReader.ReadAsync(text, input, "explain", JiraIssueMapper.Map, cancellationToken, _limit),
            _ => GitHubIssuesJson.ReadAsync(text, input, "explain", _limit, cancellationToken),
        };
        var sampled = 0;
        var read = 0;
        var problems = new List<string>();
        TicketRecord? first = null;
        await foreach (var record in records)
        {
            sampled++;
            switch (record)
            {
                case ParseFailure f:
                    problems.Add(f.Rejected.ToString());
                    break;
                case ParsedTicket t when _limit.Oversized(t.Ticket) is { } oversized:
                    problems.Add($"{input}:{t.Line}: field {oversized.Field}: {oversized.Reason}");
                    break;
                case ParsedTicket t:
                    first ??= t.Ticket;
                    read++;
                    break;
                default:
                    read++;
                    break;
            }

            if (sampled == SampleRows)
            {
                break;
            }
        }

        var properties = kind == InputKind.GitHubIssuesJson && first is not null ? GitHubProperties(first) : [];
        return new InputExplanation(input, kind, reads, properties, [], null, null, sampled, read, problems.Take(ShownProblems).ToList());
    }

    private async Task<InputExplanation> ExplainCsvAsync(string file, string input, InputKind kind, ColumnMapping columns, CancellationToken cancellationToken)
    {
        using var text = InputFile.OpenText(file, encoding);
        var reader = new CsvRecordReader(text) { Delimiter = columns.Delimiter, Limit = _limit };
        var rows = await CsvHeader.FirstRowAsync(reader, input, cancellationToken);
        var samples = new List<CsvRow>();
        HeaderBinding binding;
        await using (rows)
        {
            var header = rows.Current.Fields!;
            binding = HeaderBinding.Bind(columns, header, input);
            reader.ExpectedFields = header.Count;
            while (samples.Count < SampleRows && await rows.MoveNextAsync())
            {
                samples.Add(rows.Current);
            }
        }

        var mapper = new RowMapper(binding);
        var problems = new List<string>();
        var read = 0;
        foreach (var row in samples)
        {
            try
            {
                if (row.Fields is null)
                {
                    var field = row.ErrorField is { } i && i < binding.Header.Count ? binding.Header[i].Trim() : null;
                    throw new RecordFormatException(field ?? "", row.Error!);
                }

                mapper.Map(row.Fields, "explain");
                read++;
            }
            catch (RecordFormatException ex)
            {
                problems.Add(new RejectedRecord(input, row.Line, ex.Field.Length == 0 ? null : ex.Field, ex.Reason, null).ToString());
            }
        }

        var explained = new List<ColumnExplanation>();
        for (var position = 0; position < binding.Header.Count; position++)
        {
            explained.Add(ExplainColumn(binding, mapper, position, samples));
        }

        var title = ExportPresets.For(kind) is { } preset ? $"{preset.Title}, recognised by its header (preset {preset.Name})" : columns.Title;
        var absent = binding.Absent.Where(r => !explained.Any(c => c.Column.Equals(r.Column, StringComparison.OrdinalIgnoreCase)))
            .Select(r => $"{r.Column} → {r.Field.Name()}").Distinct().ToList();
        var dates = columns.Dates.Expected +
                    (columns.Dates.Culture.Name.Length > 0 ? $", culture {columns.Dates.Culture.Name}" : "") +
                    $"; times without an offset are {columns.Dates.ZoneName}";
        var lists = "list items are separated by " + string.Join(" or ", columns.ListSeparators.Select(c => c == ' ' ? "spaces" : $"'{c}'")) +
                    (columns.Delimiter == ',' ? "" : $"; fields by '{(columns.Delimiter == '\t' ? "\\t" : columns.Delimiter.ToString())}'");
        return new InputExplanation(input, kind, title, explained, absent, dates, lists, samples.Count, read, problems.Take(ShownProblems).ToList());
    }

    private static ColumnExplanation ExplainColumn(HeaderBinding binding, RowMapper mapper, int position, List<CsvRow> samples)
    {
        var column = binding.Header[position].Trim();
        var fields = binding.FieldsAt(position);
        var value = samples.Select(r => r.Fields is { } f && position < f.Count ? f[position] : null).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (fields.Count == 0 || value is null)
        {
            return new ColumnExplanation(column, fields.Select(f => f.Name()).ToList(), null, value is null ? null : Shorten(value), null);
        }

        // The column alone, so the sample shows what this column gives (a field may read several columns).
        var alone = new string[binding.Header.Count];
        Array.Fill(alone, "");
        alone[position] = value;
        try
        {
            var shown = fields.Select(f => mapper.Show(f, alone)).Where(s => s is not null).Distinct().ToList();
            return new ColumnExplanation(column, fields.Select(f => f.Name()).ToList(), Shorten(string.Join(" | ", shown)), Shorten(value), null);
        }
        catch (RecordFormatException ex)
        {
            return new ColumnExplanation(column, fields.Select(f => f.Name()).ToList(), null, Shorten(value), ex.Reason);
        }
    }

    private static List<ColumnExplanation> GitHubProperties(TicketRecord t)
    {
        string? Time(DateTime? at) => at?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        string? Join(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(", ", items);
        return
        [
            new("number", ["id"], t.ExternalId, null, null),
            new("title", ["subject"], Shorten(t.Subject), null, null),
            new("body", ["body"], t.Body.Length == 0 ? null : Shorten(t.Body), null, null),
            new("state", ["status"], t.Status, null, null),
            new("created_at / createdAt", ["created_at"], Time(t.CreatedAt), null, null),
            new("updated_at / updatedAt", ["updated_at"], Time(t.UpdatedAt), null, null),
            new("closed_at / closedAt", ["resolved_at"], Time(t.ResolvedAt), null, null),
            new("labels", ["tags"], Join(t.Tags), null, null),
            new("assignee / assignees", ["assignee"], t.Assignee, null, null),
            new("user / author", ["reporter"], t.Reporter, null, null),
            new("type", ["type"], t.Type, null, null),
            new("milestone", ["fix_versions"], Join(t.FixVersions), null, null),
            new("repository_url / url", ["product"], t.Product, null, null),
            new("comments", ["events", "first_response_at"], t.Events is null ? null : $"{t.Events.Count} comment(s)", null, null),
        ];
    }

    private static string? Shorten(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var oneLine = value.ReplaceLineEndings(" ");
        return oneLine.Length <= ShownChars ? oneLine : oneLine[..(ShownChars - 1)] + "…";
    }
}
