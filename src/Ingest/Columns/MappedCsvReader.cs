using System.Runtime.CompilerServices;
using Reporting.Ingest.Files;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Columns;

/// <summary>
/// Reads tickets from a CSV whose columns a <see cref="ColumnMapping"/> names: the canonical tickets CSV, an export
/// preset, or a mapping file. A row that cannot be read is rejected with its line, column and reason; the rest of
/// the file is still read.
/// </summary>
public static class MappedCsvReader
{
    public static async IAsyncEnumerable<ParsedRecord> ReadAsync(
        TextReader text, string input, string source, ColumnMapping mapping, FieldSizeLimit limit,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = new CsvRecordReader(text) { Delimiter = mapping.Delimiter, Limit = limit };
        var rows = await CsvHeader.FirstRowAsync(reader, input, cancellationToken);
        await using (rows)
        {
            var header = rows.Current.Fields!;
            var binding = HeaderBinding.Bind(mapping, header, input);
            var mapper = new RowMapper(binding);
            reader.ExpectedFields = header.Count;
            while (await rows.MoveNextAsync())
            {
                var row = rows.Current;
                yield return row.IsValid
                    ? Map(mapper, row, input, source)
                    : Reject(input, row, row.ErrorField is { } i && i < header.Count ? header[i].Trim() : null, row.Error!);
            }
        }
    }

    private static ParsedRecord Map(RowMapper mapper, CsvRow row, string input, string source)
    {
        try
        {
            return new ParsedTicket(row.Line, mapper.Map(row.Fields!, source));
        }
        catch (RecordFormatException ex)
        {
            return Reject(input, row, ex.Field, ex.Reason);
        }
    }

    private static ParseFailure Reject(string input, CsvRow row, string? field, string reason) =>
        new(new RejectedRecord(input, row.Line, field, reason, row.Raw));
}
