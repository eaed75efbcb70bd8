using System.Runtime.CompilerServices;

namespace Reporting.Ingest.Files;

/// <summary>
/// An RFC-4180 reader that recovers from broken records instead of losing the rest of the file.
/// A record that cannot be read (an unbalanced quote, the wrong number of fields, stray text after a
/// closing quote) is reported as an error for the physical line where it starts, and reading resumes
/// at the next physical line: a quote opened by mistake therefore costs one line, not every line up
/// to the next quote. Quoted fields may span lines.
/// A field over <see cref="Limit"/> (or a record over its record limit) is an error too, and is never held whole:
/// the reader follows it to the end of its record without keeping it and rejects the record as one. Should that
/// record not end cleanly either, reading resumes at its next physical line as for any other broken record.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly LineSplitter _lines;
    private readonly List<PhysicalLine> _lookahead = [];
    private long _firstLookaheadLine = 1;

    public CsvRecordReader(TextReader reader) => _lines = new LineSplitter(reader);

    /// <summary>A quoted field longer than this many lines is taken to be an unbalanced quote.</summary>
    public int MaxLinesPerRecord { get; init; } = 100;

    /// <summary>
    /// When set, records with another number of fields are errors. Settable during reading, so a
    /// header row can fix the count for the rows after it.
    /// </summary>
    public int? ExpectedFields { get; set; }

    /// <summary>The field separator: ',' unless a mapping file says otherwise.</summary>
    public char Delimiter { get; init; } = ',';

    public FieldSizeLimit Limit { get; init; } = FieldSizeLimit.Default;

    public async IAsyncEnumerable<CsvRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var parser = new CsvRecordParser(Delimiter, Limit);
        while (await StartRecordAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return await ReadRecordAsync(parser, cancellationToken);
        }
    }

    /// <summary>Skips blank lines; false at the end of the text.</summary>
    private async Task<bool> StartRecordAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_lookahead.Count == 0)
            {
                if (!await _lines.HasMoreAsync(cancellationToken))
                {
                    return false;
                }

                _lookahead.Add(new PhysicalLine());
            }

            var first = _lookahead[0];
            while (first.Length == 0 && !first.Complete)
            {
                await _lines.ReadPieceAsync(first, cancellationToken);
            }

            if (first.Length > 0)
            {
                return true;
            }

            Consume(1);
        }
    }

    private async Task<CsvRow> ReadRecordAsync(CsvRecordParser parser, CancellationToken cancellationToken)
    {
        parser.Reset();
        var lineNumber = _firstLookaheadLine;
        var lineIndex = 0;
        long fed = 0;
        long heldAfterFirst = 0;
        var ended = false;
        while (true)
        {
            var line = _lookahead[lineIndex];
            if (fed < line.Length)
            {
                parser.Feed(line.From(fed));
                fed = line.Length;
                if (parser.Error is not null)
                {
                    break;
                }

                continue;
            }

            if (!line.Complete)
            {
                // Only the last line of the lookahead is still arriving. The record's first line is never read
                // again, so once the record is too large its text can go; later lines may be, so they are held.
                line.Dropping = lineIndex == 0 && parser.SizeProblem is not null;
                var before = line.Length;
                await _lines.ReadPieceAsync(line, cancellationToken);
                if (lineIndex > 0 && parser.SizeProblem is not null
                    && (heldAfterFirst += line.Length - before) > Limit.MaxRecordBytes)
                {
                    // Its end is too far to find while holding the lines a resynchronisation would read again.
                    break;
                }

                continue;
            }

            if (parser.EndOfLine())
            {
                ended = true;
                break;
            }

            if (lineIndex + 1 >= MaxLinesPerRecord)
            {
                parser.Fail($"field {parser.FieldCount + 1}: quoted field is not closed within {MaxLinesPerRecord} lines (unbalanced quote)");
                break;
            }

            if (lineIndex + 1 == _lookahead.Count)
            {
                if (!await _lines.HasMoreAsync(cancellationToken))
                {
                    parser.Fail($"field {parser.FieldCount + 1}: quoted field opened on line {lineNumber + parser.QuoteLine} is never closed (unbalanced quote)");
                    break;
                }

                _lookahead.Add(new PhysicalLine());
            }

            lineIndex++;
            fed = 0;
        }

        var linesUsed = lineIndex + 1;
        var countProblem = ended && ExpectedFields is { } expected && parser.FieldCount != expected
            ? $"expected {expected} fields, found {parser.FieldCount}" +
              (linesUsed > 1 ? $" (a quoted field ran over {linesUsed} lines: unbalanced quote?)" : "")
            : null;

        if (parser.SizeProblem is not null)
        {
            var reason = parser.SizeField is null ? Limit.RecordTooLarge(parser.RecordBytes, ended) : parser.SizeProblem;
            if (ended && countProblem is null)
            {
                // The record ends cleanly: it is rejected as one, whatever lines it took.
                var raw = _lookahead[0].WasCut ? _lookahead[0].Text : Cut(_lookahead[0].Text, linesUsed);
                Consume(linesUsed);
                return new CsvRow(lineNumber, null, reason, raw) { ErrorField = parser.SizeField };
            }

            return await ResynchroniseAsync(lineNumber, reason, parser.SizeField, cancellationToken);
        }

        if (parser.Error is null && countProblem is null)
        {
            var raw = linesUsed == 1
                ? _lookahead[0].Text
                : string.Join('\n', _lookahead.Take(linesUsed).Select(l => l.Text));
            Consume(linesUsed);
            return new CsvRow(lineNumber, parser.Fields.ToList(), null, raw);
        }

        return await ResynchroniseAsync(lineNumber, parser.Error ?? countProblem!, null, cancellationToken);
    }

    /// <summary>
    /// Reports the record's first line as broken and resumes on the next physical line, so one bad record cannot
    /// swallow good ones. The rest of the first line is read past without holding more than a record's worth of it.
    /// </summary>
    private async Task<CsvRow> ResynchroniseAsync(long lineNumber, string reason, int? field, CancellationToken cancellationToken)
    {
        var first = _lookahead[0];
        while (!first.Complete)
        {
            first.Dropping = first.Dropping || first.Length > Limit.MaxRecordBytes;
            await _lines.ReadPieceAsync(first, cancellationToken);
        }

        Consume(1);
        return new CsvRow(lineNumber, null, reason, first.Text) { ErrorField = field };
    }

    /// <summary>The beginning of an oversized record, to keep in rejects instead of all of it.</summary>
    private static string Cut(string text, int lines) =>
        text.Length <= PhysicalLine.HeadChars
            ? text + (lines > 1 ? $"… [cut: the record runs over {lines} lines]" : "")
            : $"{text[..PhysicalLine.HeadChars]}… [cut: the line is {text.Length:N0} characters]";

    private void Consume(int lines)
    {
        _lookahead.RemoveRange(0, lines);
        _firstLookaheadLine += lines;
    }
}
