using System.Globalization;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Files;

/// <summary>
/// Column positions by name, read from a CSV header, and typed access to a row's fields that
/// throws <see cref="RecordFormatException"/> naming the field when a value is unusable.
/// </summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> _positions;

    private CsvHeader(IReadOnlyList<string> names)
    {
        Names = names;
        _positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            _positions.TryAdd(names[i].Trim(), i);
        }
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>Reads the header row, failing with the file name when it is missing or lacks a required column.</summary>
    public static async Task<(CsvHeader Header, IAsyncEnumerator<CsvRow> Rows)> ReadAsync(
        TextReader text, string input, IReadOnlyCollection<string> required, CancellationToken cancellationToken, FieldSizeLimit? limit = null)
    {
        var reader = new CsvRecordReader(text) { Limit = limit ?? FieldSizeLimit.Default };
        var rows = await FirstRowAsync(reader, input, cancellationToken);

        var header = new CsvHeader(rows.Current.Fields!);
        // A second column of the same name would be silently ignored: its values would be lost.
        var duplicated = header.Names.Select(n => n.Trim()).Where(n => n.Length > 0)
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicated.Count > 0)
        {
            await rows.DisposeAsync();
            throw new InvalidDataException(
                $"{input}:1: header names column(s) {string.Join(", ", duplicated)} more than once; rename or remove the extra column(s)");
        }

        var missing = required.Where(name => !header.Has(name)).ToList();
        if (missing.Count > 0)
        {
            await rows.DisposeAsync();
            throw new InvalidDataException(
                $"{input}:1: header lacks column(s) {string.Join(", ", missing)}; found {string.Join(", ", header.Names)}");
        }

        reader.ExpectedFields = header.Count;
        return (header, rows);
    }

    /// <summary>Reads the header row of <paramref name="reader"/>, failing with the file name when there is none.</summary>
    internal static async Task<IAsyncEnumerator<CsvRow>> FirstRowAsync(CsvRecordReader reader, string input, CancellationToken cancellationToken)
    {
        var rows = reader.ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        if (!await rows.MoveNextAsync())
        {
            await rows.DisposeAsync();
            throw new InvalidDataException($"{input}: no CSV header row");
        }

        if (rows.Current.Error is { } error)
        {
            await rows.DisposeAsync();
            throw new InvalidDataException($"{input}:{rows.Current.Line}: the header row cannot be read: {error}");
        }

        return rows;
    }

    public bool Has(string name) => _positions.ContainsKey(name);

    public string? Optional(IReadOnlyList<string> row, string name)
    {
        if (!_positions.TryGetValue(name, out var i) || i >= row.Count)
        {
            return null;
        }

        var value = row[i];
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public string Required(IReadOnlyList<string> row, string name) =>
        Optional(row, name)?.Trim() ?? throw new RecordFormatException(name, "is empty");

    public DateTime? OptionalTimestamp(IReadOnlyList<string> row, string name)
    {
        var value = Optional(row, name);
        if (value is null)
        {
            return null;
        }

        return TimestampParser.TryParseUtc(value, out var utc)
            ? utc
            : throw new RecordFormatException(name, $"'{Shorten(value)}' is not an ISO-8601 timestamp");
    }

    public DateTime RequiredTimestamp(IReadOnlyList<string> row, string name) =>
        OptionalTimestamp(row, name) ?? throw new RecordFormatException(name, "is empty");

    public DateOnly RequiredDate(IReadOnlyList<string> row, string name)
    {
        var value = Required(row, name);
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new RecordFormatException(name, $"'{Shorten(value)}' is not a date like 2026-06-01");
    }

    public double RequiredNumber(IReadOnlyList<string> row, string name)
    {
        var value = Required(row, name);
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new RecordFormatException(name, $"'{Shorten(value)}' is not a number");
    }

    public static IReadOnlyList<string> SplitList(string? value, char separator = ';') =>
        value is null
            ? []
            : value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
