using System.Text;
using System.Text.Json;
using Reporting.Ingest.Presets;

namespace Reporting.Ingest.Files;

/// <summary>Opens input files (gzip recognised by its magic bytes, not its name) and tells what they hold.</summary>
public static class InputFile
{
    /// <summary>
    /// Opens a file as text in <paramref name="encoding"/>, or in the encoding its byte order mark names, or the one
    /// <see cref="TextEncodings.Detect"/> finds.
    /// </summary>
    public static TextReader OpenText(string path, Encoding? encoding = null)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        var isGzip = stream.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        stream.Position = 0;
        Stream content = isGzip ? new CheckedGzipStream(stream, Path.GetFileName(path)) : stream;
        if (encoding is null)
        {
            var buffered = new BufferedStream(content, TextEncodings.SniffBytes);
            var start = new byte[TextEncodings.SniffBytes];
            var length = 0;
            int read;
            while (length < start.Length && (read = buffered.Read(start, length, start.Length - length)) > 0)
            {
                length += read;
            }

            encoding = TextEncodings.Detect(start.AsSpan(0, length), complete: length < start.Length);
            content = new PrefixedStream(start.AsMemory(0, length), buffered);
        }

        return new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>How much of a file's beginning is read to tell what it holds.</summary>
    private const int StartChars = 1 << 20;

    public static Task<InputKind> DetectAsync(string path, CancellationToken cancellationToken = default) =>
        DetectAsync(path, mapped: false, cancellationToken);

    /// <summary>
    /// What the file holds, by its content. With <paramref name="mapped"/> (a mapping file was given), a CSV that is not
    /// events or company configuration is a tickets CSV to be read as the mapping says.
    /// </summary>
    public static async Task<InputKind> DetectAsync(string path, bool mapped, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.TeamsYaml;
        }

        // Only the beginning is read: a file may be one line of gigabytes (gh output, a huge first record).
        var (start, complete) = await ReadStartAsync(path, cancellationToken);
        if (start.Length == 0)
        {
            throw new InvalidDataException($"{path}: the file is empty");
        }

        if (start[0] is '{' or '[')
        {
            return DetectJson(path, start, complete);
        }

        var lineBreak = start.AsSpan().IndexOfAny('\r', '\n');
        var first = lineBreak < 0 ? start : start[..lineBreak];
        var header = new CsvRecordReader(new StringReader(first));
        await foreach (var row in header.ReadAsync(cancellationToken))
        {
            var columns = row.Fields ?? [];
            if (!mapped && TicketCsvReader.LooksLikeTickets(columns))
            {
                return InputKind.TicketCsv;
            }

            if (EventCsvReader.LooksLikeEvents(columns))
            {
                return InputKind.EventCsv;
            }

            if (Has(columns, "week", "team", "engineer"))
            {
                return InputKind.RotationCsv;
            }

            if (Has(columns, "service", "version", "release_date"))
            {
                return InputKind.ReleasesCsv;
            }

            if (Has(columns, "engineer", "start_date", "end_date"))
            {
                return InputKind.AbsencesCsv;
            }

            if (mapped)
            {
                return InputKind.MappedCsv;
            }

            if (ExportPresets.Detect(columns) is { } preset)
            {
                return preset.Kind;
            }

            break;
        }

        if (mapped)
        {
            return InputKind.MappedCsv;
        }

        var shown = new string(first.Take(80).Select(ch => char.IsControl(ch) ? '?' : ch).ToArray());
        throw new InvalidDataException(
            $"{path}:1: unrecognised CSV header '{shown}'. Expected tickets (id,created_at,...), a Zendesk, Jira, ServiceNow or " +
            "Freshdesk export, events (ticket_id,at,kind,...), rotation (week,team,engineer), releases (service,version,release_date) " +
            "or absences (engineer,start_date,end_date); for other columns give a mapping file with --map (see `reporting ingest --explain`).");
    }

    /// <summary>
    /// The file's beginning without leading white space: its first line, or for a JSON array up to 1 MiB (its first
    /// element may span many lines); complete when that is the whole file. Text the encoding cannot read ends it: the
    /// error is reported, with its place, when the file is read.
    /// </summary>
    private static async Task<(string Start, bool Complete)> ReadStartAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = OpenText(path);
        var text = new StringBuilder();
        var chunk = new char[1 << 14];
        char? firstChar = null;
        while (text.Length < StartChars)
        {
            int read;
            try
            {
                read = await reader.ReadAsync(chunk.AsMemory(), cancellationToken);
            }
            catch (DecoderFallbackException) when (text.Length > 0)
            {
                break;
            }

            if (read == 0)
            {
                return (text.ToString().TrimStart(), true);
            }

            text.Append(chunk, 0, read);
            var piece = chunk.AsSpan(0, read);
            if (firstChar is null)
            {
                piece = piece.TrimStart();
                firstChar = piece.Length > 0 ? piece[0] : null;
            }

            // A line break after the first character ends the first line; a JSON array needs more than its first line.
            if (firstChar is not (null or '[') && piece.IndexOfAny('\r', '\n') >= 0)
            {
                break;
            }
        }

        return (text.ToString().TrimStart(), false);
    }

    private static InputKind DetectJson(string path, string start, bool complete)
    {
        var array = start[0] == '[';
        HashSet<string> properties;
        try
        {
            // JSON Lines: the first line; an array: its first element, wherever the lines break.
            var lineBreak = start.IndexOf('\n', StringComparison.Ordinal);
            properties = JsonStartProperties.Read(array || lineBreak < 0 ? start : start[..lineBreak], complete: !array && (complete || lineBreak >= 0));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}:1: the {(array ? "file" : "first line")} is not valid JSON: {ex.Message}", ex);
        }

        if (array)
        {
            return GitHubIssuesJson.LooksLikeIssues(properties)
                ? InputKind.GitHubIssuesJson
                : throw new InvalidDataException(
                    $"{path}:1: unrecognised JSON array: expected GitHub issues (number, title, created_at or createdAt, ...); " +
                    $"its first element has {(properties.Count == 0 ? "no properties" : string.Join(", ", properties.Take(12)))}");
        }

        if (properties.Contains("key") && properties.Contains("fields"))
        {
            return InputKind.JiraJsonLines;
        }

        if (properties.Contains("id") && properties.Contains("created_at"))
        {
            return InputKind.TicketJsonLines;
        }

        throw new InvalidDataException(
            $"{path}:1: unrecognised JSON Lines: expected Jira issues (key, fields) or tickets (id, created_at, ...)");
    }

    private static bool Has(IReadOnlyList<string> columns, params string[] names) =>
        names.All(n => columns.Contains(n, StringComparer.OrdinalIgnoreCase));
}
