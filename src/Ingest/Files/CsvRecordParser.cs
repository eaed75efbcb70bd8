using System.Globalization;
using System.Text;

namespace Reporting.Ingest.Files;

/// <summary>
/// The RFC-4180 state machine for one record, fed its physical lines in pieces. Fields over the size limit are not
/// kept: once one is found the parser only follows the quotes and separators to see where the record ends.
/// </summary>
internal sealed class CsvRecordParser(char delimiter, FieldSizeLimit limit)
{
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private int _count;
    private long _fieldChars;
    private long _fieldBytes;
    private bool _inQuotes;
    private bool _quotePending;
    private bool _afterClosingQuote;
    private int _line;

    /// <summary>Why the record cannot be read (not its size: see <see cref="SizeProblem"/>).</summary>
    public string? Error { get; private set; }

    /// <summary>Set when a field or the whole record is over the limit; the record's text is then no longer kept.</summary>
    public string? SizeProblem { get; private set; }

    /// <summary>The 0-based field that is over the limit, when one is.</summary>
    public int? SizeField { get; private set; }

    public long RecordBytes { get; private set; }

    public IReadOnlyList<string> Fields => _fields;

    /// <summary>Fields finished so far (also counted after a size problem, when they are no longer kept).</summary>
    public int FieldCount => _count;

    /// <summary>The line (0-based within the record) where the quoted field being read opened.</summary>
    public int QuoteLine { get; private set; }

    public void Reset()
    {
        _field.Clear();
        _fields.Clear();
        _count = 0;
        _fieldChars = 0;
        _fieldBytes = 0;
        _inQuotes = false;
        _quotePending = false;
        _afterClosingQuote = false;
        _line = 0;
        Error = null;
        SizeProblem = null;
        SizeField = null;
        RecordBytes = 0;
        QuoteLine = 0;
    }

    public void Feed(ReadOnlySpan<char> chars)
    {
        for (var i = 0; i < chars.Length && Error is null; i++)
        {
            var c = chars[i];
            if (_quotePending)
            {
                _quotePending = false;
                if (c == '"')
                {
                    Append('"');
                    continue;
                }

                _inQuotes = false;
                _afterClosingQuote = true;
            }

            if (_inQuotes)
            {
                if (c == '"')
                {
                    // A doubled quote is a literal one; anything else after it closes the field.
                    _quotePending = true;
                }
                else
                {
                    Append(c);
                }

                continue;
            }

            if (c == delimiter)
            {
                FinishField();
                continue;
            }

            if (_afterClosingQuote)
            {
                Error = $"field {_count + 1}: unexpected '{c}' after a closing quote (unbalanced quote?)";
                return;
            }

            if (c == '"' && _fieldChars == 0)
            {
                _inQuotes = true;
                QuoteLine = _line;
            }
            else
            {
                // A stray quote inside an unquoted field is kept literally, as most producers mean it.
                Append(c);
            }
        }
    }

    /// <summary>The current line has ended: true when the record ends with it, false when a quoted field goes on.</summary>
    public bool EndOfLine()
    {
        if (_quotePending)
        {
            _quotePending = false;
            _inQuotes = false;
            _afterClosingQuote = true;
        }

        if (!_inQuotes)
        {
            FinishField();
            return true;
        }

        Append('\n');
        _line++;
        return false;
    }

    public void Fail(string error) => Error ??= error;

    private void Append(char c)
    {
        _fieldChars++;
        var bytes = FieldSizeLimit.Utf8Bytes(c);
        _fieldBytes += bytes;
        RecordBytes += bytes;
        if (SizeProblem is not null)
        {
            return;
        }

        if (_fieldBytes > limit.MaxFieldBytes)
        {
            SizeField = _count;
            SizeProblem = FieldProblem(complete: false);
        }
        else if (RecordBytes > limit.MaxRecordBytes)
        {
            SizeProblem = limit.RecordTooLarge(RecordBytes, complete: false);
        }
        else
        {
            _field.Append(c);
        }
    }

    private void FinishField()
    {
        if (SizeProblem is null)
        {
            _fields.Add(_field.ToString());
        }
        else if (SizeField == _count)
        {
            SizeProblem = FieldProblem(complete: true);
        }

        _field.Clear();
        _count++;
        _fieldChars = 0;
        _fieldBytes = 0;
        _afterClosingQuote = false;
    }

    private string FieldProblem(bool complete) =>
        string.Create(CultureInfo.InvariantCulture, $"field {_count + 1} {limit.FieldTooLarge(_fieldBytes, complete)}");
}
