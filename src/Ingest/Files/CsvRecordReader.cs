using System.Runtime.CompilerServices;
using System.Text;

namespace Reporting.Ingest.Files;

/// <summary>
/// An RFC-4180 reader that recovers from broken records instead of losing the rest of the file.
/// A record that cannot be read (an unbalanced quote, the wrong number of fields, stray text after a
/// closing quote) is reported as an error for the physical line where it starts, and reading resumes
/// at the next physical line: a quote opened by mistake therefore costs one line, not every line up
/// to the next quote. Quoted fields may span lines.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly List<string> _lookahead = [];
    private long _firstLookaheadLine = 1;
    private bool _endOfInput;

    public CsvRecordReader(TextReader reader) => _reader = reader;

    /// <summary>A quoted field longer than this many lines is taken to be an unbalanced quote.</summary>
    public int MaxLinesPerRecord { get; init; } = 100;

    /// <summary>
    /// When set, records with another number of fields are errors. Settable during reading, so a
    /// header row can fix the count for the rows after it.
    /// </summary>
    public int? ExpectedFields { get; set; }

    public async IAsyncEnumerable<CsvRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = await PeekLineAsync(0);
            if (first is null)
            {
                yield break;
            }

            var line = _firstLookaheadLine;
            if (first.Length == 0)
            {
                Consume(1);
                continue;
            }

            var (fields, linesUsed, error) = await ParseRecordAsync();
            if (error is null && ExpectedFields is { } expected && fields!.Count != expected)
            {
                error = $"expected {expected} fields, found {fields.Count}" +
                        (linesUsed > 1 ? $" (a quoted field ran over {linesUsed} lines: unbalanced quote?)" : "");
            }

            if (error is null)
            {
                var raw = linesUsed == 1 ? first : string.Join('\n', _lookahead.Take(linesUsed));
                Consume(linesUsed);
                yield return new CsvRow(line, fields, null, raw);
            }
            else
            {
                // Resynchronise on the next physical line so one bad record cannot swallow good ones.
                Consume(1);
                yield return new CsvRow(line, null, error, first);
            }
        }
    }

    private async Task<(List<string>? Fields, int LinesUsed, string? Error)> ParseRecordAsync()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var lineIndex = 0;
        var text = _lookahead[0];
        var position = 0;
        var inQuotes = false;
        var afterClosingQuote = false;
        var fieldStartLine = 0;

        while (true)
        {
            if (position == text.Length)
            {
                if (!inQuotes)
                {
                    fields.Add(field.ToString());
                    return (fields, lineIndex + 1, null);
                }

                if (lineIndex + 1 >= MaxLinesPerRecord)
                {
                    return (null, 0, $"field {fields.Count + 1}: quoted field is not closed within {MaxLinesPerRecord} lines (unbalanced quote)");
                }

                var next = await PeekLineAsync(lineIndex + 1);
                if (next is null)
                {
                    return (null, 0, $"field {fields.Count + 1}: quoted field opened on line {_firstLookaheadLine + fieldStartLine} is never closed (unbalanced quote)");
                }

                field.Append('\n');
                lineIndex++;
                text = next;
                position = 0;
                continue;
            }

            var c = text[position];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (position + 1 < text.Length && text[position + 1] == '"')
                    {
                        field.Append('"');
                        position += 2;
                        continue;
                    }

                    inQuotes = false;
                    afterClosingQuote = true;
                }
                else
                {
                    field.Append(c);
                }

                position++;
                continue;
            }

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                afterClosingQuote = false;
                position++;
                continue;
            }

            if (afterClosingQuote)
            {
                return (null, 0, $"field {fields.Count + 1}: unexpected '{c}' after a closing quote (unbalanced quote?)");
            }

            if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
                fieldStartLine = lineIndex;
            }
            else
            {
                // A stray quote inside an unquoted field is kept literally, as most producers mean it.
                field.Append(c);
            }

            position++;
        }
    }

    private async Task<string?> PeekLineAsync(int index)
    {
        while (_lookahead.Count <= index)
        {
            if (_endOfInput)
            {
                return null;
            }

            var line = await _reader.ReadLineAsync();
            if (line is null)
            {
                _endOfInput = true;
                return null;
            }

            _lookahead.Add(line);
        }

        return _lookahead[index];
    }

    private void Consume(int lines)
    {
        _lookahead.RemoveRange(0, lines);
        _firstLookaheadLine += lines;
    }
}
