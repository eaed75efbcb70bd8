namespace Reporting.Ingest.Files;

/// <summary>
/// One physical line of a text as far as it has been read. While <see cref="Dropping"/> only the latest piece is held,
/// so a line of any length can be passed through in bounded memory; its beginning is kept in <see cref="Head"/>.
/// </summary>
internal sealed class PhysicalLine
{
    /// <summary>How much of a line's beginning is kept once the rest of it is no longer held.</summary>
    public const int HeadChars = 1_000;

    private char[] _chars = new char[128];

    /// <summary>Position within the line of the first character held (the ones before it were let go).</summary>
    public long Start { get; private set; }

    /// <summary>Characters held.</summary>
    public int Held { get; private set; }

    /// <summary>Characters of the line read so far, held or not.</summary>
    public long Length => Start + Held;

    /// <summary>True once the line's end (a line break or the end of the text) has been read.</summary>
    public bool Complete { get; set; }

    /// <summary>While set, each new piece replaces the ones before it instead of being added to them.</summary>
    public bool Dropping { get; set; }

    public string? Head { get; private set; }

    public bool WasCut => Start > 0;

    /// <summary>The characters held from <paramref name="position"/> (a position within the line) on.</summary>
    public ReadOnlySpan<char> From(long position) => _chars.AsSpan((int)(position - Start), (int)(Length - position));

    public void Add(ReadOnlySpan<char> piece)
    {
        if (Dropping && Held > 0)
        {
            Head ??= new string(_chars, 0, Math.Min(Held, HeadChars));
            Start += Held;
            Held = 0;
            if (_chars.Length > 1 << 16)
            {
                _chars = new char[1 << 16];
            }
        }

        if (Held + piece.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Held + piece.Length));
        }

        piece.CopyTo(_chars.AsSpan(Held));
        Held += piece.Length;
    }

    /// <summary>The whole line, or its beginning and how long it was when it was too long to hold.</summary>
    public string Text => WasCut
        ? $"{Head}… [cut: the line is {Length:N0} characters]"
        : new string(_chars, 0, Held);
}
