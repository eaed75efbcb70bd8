namespace Reporting.Ingest.Files;

/// <summary>
/// Splits text into physical lines, ending at \n, \r\n or \r as <see cref="TextReader.ReadLine"/> does, and hands each
/// line over in pieces of at most 64 KiB, so that no line ever has to be read whole.
/// </summary>
internal sealed class LineSplitter(TextReader reader)
{
    private readonly char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _ended;
    private bool _skipLineFeed;

    /// <summary>True when another line follows (at least one character before the end of the text).</summary>
    public async ValueTask<bool> HasMoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_start < _end)
            {
                if (_skipLineFeed)
                {
                    // The previous line ended with \r: a \n right after it belongs to that line break.
                    _skipLineFeed = false;
                    if (_buffer[_start] == '\n')
                    {
                        _start++;
                        continue;
                    }
                }

                return true;
            }

            if (_ended)
            {
                return false;
            }

            _end = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
            _start = 0;
            _ended = _end == 0;
        }
    }

    /// <summary>Adds the next piece of the current line to <paramref name="line"/>, marking it complete at its end.</summary>
    public async ValueTask ReadPieceAsync(PhysicalLine line, CancellationToken cancellationToken)
    {
        if (!await HasMoreAsync(cancellationToken))
        {
            line.Complete = true;
            return;
        }

        var available = _buffer.AsSpan(_start, _end - _start);
        var lineBreak = available.IndexOfAny('\r', '\n');
        var piece = lineBreak < 0 ? available : available[..lineBreak];
        line.Add(piece);
        _start += piece.Length;
        if (lineBreak >= 0)
        {
            _skipLineFeed = available[lineBreak] == '\r';
            _start++;
            line.Complete = true;
        }
    }
}
