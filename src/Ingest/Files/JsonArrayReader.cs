using System.Runtime.CompilerServices;
using System.Text;

namespace Reporting.Ingest.Files;

/// <summary>
/// Splits a JSON array (a GitHub REST page, <c>gh issue list --json</c> output, on one line or many) into the text of
/// its elements without parsing the whole array, so memory is bounded by the largest element kept: an element over
/// the record limit is passed through and reported with its size instead of being held.
/// </summary>
public sealed class JsonArrayReader(TextReader reader, FieldSizeLimit limit)
{
    private readonly StringBuilder _element = new();
    private readonly List<Element> _done = [];
    private long _line = 1;
    private bool _started;
    private bool _ended;
    private bool _inElement;
    private bool _container;
    private long _elementLine;
    private long _elementBytes;
    private int _depth;
    private bool _inString;
    private bool _escaped;

    /// <summary>One element: its text, or why there is none (too large, or the array breaks off inside it).</summary>
    public sealed record Element(long Line, string? Text, string? Error, string Raw);

    public async IAsyncEnumerable<Element> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lines = new LineSplitter(reader);
        while (await lines.HasMoreAsync(cancellationToken))
        {
            // Each piece is looked at once, so none of the line needs to be kept.
            var line = new PhysicalLine { Dropping = true };
            while (!line.Complete)
            {
                var before = line.Length;
                await lines.ReadPieceAsync(line, cancellationToken);
                Feed(line.From(before));
                foreach (var element in _done)
                {
                    yield return element;
                }

                _done.Clear();
            }

            Feed("\n");
            _line++;
        }

        if (_inElement && !_container)
        {
            Finish(excludeLast: false);
        }

        foreach (var element in _done)
        {
            yield return element;
        }

        if (_inElement)
        {
            yield return new Element(_elementLine, null, "the file ends inside this element: the JSON array is cut off", Head());
        }
        else if (_started && !_ended)
        {
            yield return new Element(_line - 1, null, "the JSON array is not closed with ']': the file is cut off", "");
        }
    }

    private void Feed(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (!_inElement && !Start(c))
            {
                continue;
            }

            _elementBytes += FieldSizeLimit.Utf8Bytes(c);
            if (_elementBytes <= limit.MaxRecordBytes)
            {
                _element.Append(c);
            }

            if (_inString)
            {
                if (_escaped)
                {
                    _escaped = false;
                }
                else if (c == '\\')
                {
                    _escaped = true;
                }
                else if (c == '"')
                {
                    _inString = false;
                }

                continue;
            }

            if (!_container)
            {
                // A number, string or literal ends before the ',' or ']' after it, or at white space.
                if (c is ',' or ']' || char.IsWhiteSpace(c))
                {
                    Finish(excludeLast: true);
                    _ended = c == ']';
                }
                else if (c == '"')
                {
                    _inString = true;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    _inString = true;
                    break;
                case '{' or '[':
                    _depth++;
                    break;
                case '}' or ']' when --_depth == 0:
                    Finish(excludeLast: false);
                    break;
            }
        }
    }

    /// <summary>Whether <paramref name="c"/>, met between elements, starts one.</summary>
    private bool Start(char c)
    {
        if (char.IsWhiteSpace(c) || _ended || (_started && c == ','))
        {
            return false;
        }

        if (!_started)
        {
            _started = c == '[' ? true : throw new InvalidDataException($"line {_line}: expected a JSON array ('['), found '{c}'");
            return false;
        }

        if (c == ']')
        {
            _ended = true;
            return false;
        }

        _inElement = true;
        _container = c is '{' or '[';
        _elementLine = _line;
        _elementBytes = 0;
        _depth = 0;
        _element.Clear();
        return true;
    }

    private void Finish(bool excludeLast)
    {
        _inElement = false;
        // The character that ended a number or literal (',', ']' or a space) is one byte and not part of it.
        var bytes = excludeLast ? _elementBytes - 1 : _elementBytes;
        if (bytes > limit.MaxRecordBytes)
        {
            _done.Add(new Element(_elementLine, null, limit.RecordTooLarge(bytes, complete: true), Head()));
            return;
        }

        var text = _element.ToString(0, _element.Length - (excludeLast ? 1 : 0));
        _done.Add(new Element(_elementLine, text, null, text));
    }

    private string Head() =>
        _element.Length <= PhysicalLine.HeadChars ? _element.ToString() : _element.ToString(0, PhysicalLine.HeadChars) + "… [cut]";
}
