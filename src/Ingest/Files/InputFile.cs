using System.Text;
using System.Text.Json;

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

    public static async Task<InputKind> DetectAsync(string path, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.TeamsYaml;
        }

        using var reader = OpenText(path);
        string? first;
        do
        {
            first = await reader.ReadLineAsync(cancellationToken);
        }
        while (first is not null && string.IsNullOrWhiteSpace(first));

        if (first is null)
        {
            throw new InvalidDataException($"{path}: the file is empty");
        }

        if (first.TrimStart().StartsWith('{'))
        {
            return DetectJson(path, first);
        }

        var header = new CsvRecordReader(new StringReader(first));
        await foreach (var row in header.ReadAsync(cancellationToken))
        {
            var columns = row.Fields ?? [];
            if (TicketCsvReader.LooksLikeTickets(columns))
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

            break;
        }

        var shown = new string(first.Take(80).Select(ch => char.IsControl(ch) ? '?' : ch).ToArray());
        throw new InvalidDataException(
            $"{path}:1: unrecognised CSV header '{shown}'. Expected tickets (id,created_at,...), events (ticket_id,at,kind,...), " +
            "rotation (week,team,engineer), releases (service,version,release_date) or absences (engineer,start_date,end_date).");
    }

    private static InputKind DetectJson(string path, string first)
    {
        try
        {
            using var document = JsonDocument.Parse(first);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("key", out _) && root.TryGetProperty("fields", out _))
            {
                return InputKind.JiraJsonLines;
            }

            if (CanonicalTicketJson.LooksLikeCanonical(root))
            {
                return InputKind.TicketJsonLines;
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}:1: the first line is not valid JSON: {ex.Message}", ex);
        }

        throw new InvalidDataException(
            $"{path}:1: unrecognised JSON Lines: expected Jira issues (key, fields) or tickets (id, created_at, ...)");
    }

    private static bool Has(IReadOnlyList<string> columns, params string[] names) =>
        names.All(n => columns.Contains(n, StringComparer.OrdinalIgnoreCase));
}
