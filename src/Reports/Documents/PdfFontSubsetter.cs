using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Reports.Documents;

/// <summary>
/// Post-processes a PDF written by Skia so each embedded TrueType font keeps only the glyphs the document
/// draws. Skia already writes subset-style font names, widths and ToUnicode maps for exactly those glyphs,
/// but (in SkiaSharp 3.119's native build) embeds the whole font file, ~250 KB per face.
/// The glyphs in use are read from the PDF itself: every glyph code in the page and form content streams
/// plus every code in the ToUnicode maps. The file is rewritten object by object with a fresh cross-reference
/// table. Anything unexpected leaves the PDF unchanged: a bigger file is better than a broken one.
/// </summary>
internal static partial class PdfFontSubsetter
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Subset(byte[] pdf)
    {
        try
        {
            return TrySubset(pdf) ?? pdf;
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or OverflowException or ArgumentException or IndexOutOfRangeException)
        {
            return pdf;
        }
    }

    private static byte[]? TrySubset(byte[] pdf)
    {
        int xrefOffset = StartXref(pdf);
        if (xrefOffset < 0 || !Matches(pdf, xrefOffset, "xref"))
        {
            return null; // cross-reference streams or incremental updates: not what Skia writes
        }

        (SortedDictionary<int, int> objectOffsets, int trailerStart) = ReadXref(pdf, xrefOffset);
        string trailer = Latin1.GetString(pdf, trailerStart, pdf.Length - trailerStart);
        int trailerEnd = trailer.IndexOf("startxref", StringComparison.Ordinal);
        if (!trailer.StartsWith("trailer", StringComparison.Ordinal) || trailerEnd < 0 || trailer.Contains("/Prev", StringComparison.Ordinal))
        {
            return null;
        }

        var objects = SliceObjects(pdf, objectOffsets, xrefOffset);
        var fontFiles = new HashSet<int>();
        var glyphs = new HashSet<int>();
        foreach (PdfObject obj in objects)
        {
            string dictionary = obj.Dictionary;
            foreach (Match match in FontFileReference().Matches(dictionary))
            {
                fontFiles.Add(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }

            if (obj.StreamLength >= 0 && !dictionary.Contains("/Length1", StringComparison.Ordinal) && !dictionary.Contains("/Image", StringComparison.Ordinal))
            {
                CollectGlyphs(Latin1.GetString(obj.DecodedStream(pdf)), glyphs);
            }
        }

        if (fontFiles.Count == 0)
        {
            return null;
        }

        using var output = new MemoryStream(pdf.Length / 2);
        output.Write(pdf, 0, objects[0].Start);
        var newOffsets = new SortedDictionary<int, long>();
        foreach (PdfObject obj in objects)
        {
            newOffsets[obj.Number] = output.Position;
            byte[]? replacement = fontFiles.Contains(obj.Number) ? SubsetFontObject(pdf, obj, glyphs) : null;
            if (replacement is null)
            {
                output.Write(pdf, obj.Start, obj.End - obj.Start);
            }
            else
            {
                output.Write(replacement);
            }
        }

        WriteXref(output, newOffsets, trailer[..trailerEnd]);
        return output.ToArray();
    }

    private static byte[]? SubsetFontObject(byte[] pdf, PdfObject obj, HashSet<int> glyphs)
    {
        if (obj.StreamLength < 0 || !obj.Dictionary.Contains("/Length1", StringComparison.Ordinal))
        {
            return null;
        }

        byte[] font = obj.DecodedStream(pdf);
        byte[]? stripped = TrueTypeGlyphStripper.Strip(font, glyphs);
        if (stripped is null || stripped.Length >= font.Length)
        {
            return null;
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(stripped);
        }

        using var result = new MemoryStream();
        result.Write(Latin1.GetBytes(FormattableString.Invariant(
            $"{obj.Number} 0 obj\n<</Length1 {stripped.Length}\n/Filter /FlateDecode\n/Length {compressed.Length}>> stream\n")));
        compressed.Position = 0;
        compressed.CopyTo(result);
        result.Write(Latin1.GetBytes("\nendstream\nendobj\n"));
        return result.ToArray();
    }

    /// <summary>Glyph codes of text-showing operators (hex strings) and of ToUnicode maps (bfchar/bfrange sources).</summary>
    private static void CollectGlyphs(string stream, HashSet<int> glyphs)
    {
        if (stream.Contains("beginbfchar", StringComparison.Ordinal) || stream.Contains("beginbfrange", StringComparison.Ordinal))
        {
            foreach (Match match in BfChar().Matches(stream))
            {
                glyphs.Add(int.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }

            foreach (Match match in BfRange().Matches(stream))
            {
                int first = int.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                int last = int.Parse(match.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                for (int g = first; g <= last && g <= 0xFFFF; g++)
                {
                    glyphs.Add(g);
                }
            }

            return;
        }

        if (!stream.Contains("Tj", StringComparison.Ordinal) && !stream.Contains("TJ", StringComparison.Ordinal))
        {
            return;
        }

        // Skia shows text with Identity-H hex strings: two bytes (four hex digits) per glyph id.
        foreach (Match match in HexString().Matches(stream))
        {
            string hex = string.Concat(match.Groups[1].Value.Where(char.IsAsciiHexDigit));
            for (int i = 0; i + 4 <= hex.Length; i += 4)
            {
                glyphs.Add(int.Parse(hex.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }
        }
    }

    private static int StartXref(byte[] pdf)
    {
        string tail = Latin1.GetString(pdf, Math.Max(0, pdf.Length - 64), Math.Min(64, pdf.Length));
        Match match = StartXrefValue().Match(tail);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    private static (SortedDictionary<int, int> Offsets, int TrailerStart) ReadXref(byte[] pdf, int xrefOffset)
    {
        var offsets = new SortedDictionary<int, int>();
        int position = xrefOffset + "xref".Length;
        while (true)
        {
            position = SkipWhitespace(pdf, position);
            if (Matches(pdf, position, "trailer"))
            {
                return (offsets, position);
            }

            string header = ReadLine(pdf, ref position);
            string[] parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            int count = int.Parse(parts[1], CultureInfo.InvariantCulture);
            for (int i = 0; i < count; i++)
            {
                string entry = Latin1.GetString(pdf, position, 20);
                position += 20;
                if (entry[17] == 'n')
                {
                    offsets[first + i] = int.Parse(entry.AsSpan(0, 10), CultureInfo.InvariantCulture);
                }
            }
        }
    }

    private static List<PdfObject> SliceObjects(byte[] pdf, SortedDictionary<int, int> offsets, int xrefOffset)
    {
        var byPosition = offsets.OrderBy(pair => pair.Value).ToArray();
        var objects = new List<PdfObject>(byPosition.Length);
        for (int i = 0; i < byPosition.Length; i++)
        {
            int start = byPosition[i].Value;
            int end = i + 1 < byPosition.Length ? byPosition[i + 1].Value : xrefOffset;
            string header = FormattableString.Invariant($"{byPosition[i].Key} 0 obj");
            if (!Matches(pdf, start, header) || end <= start)
            {
                throw new FormatException($"Object {byPosition[i].Key} is not where the cross-reference table says.");
            }

            objects.Add(PdfObject.Parse(pdf, byPosition[i].Key, start, end));
        }

        return objects;
    }

    private static void WriteXref(MemoryStream output, SortedDictionary<int, long> offsets, string trailer)
    {
        long xref = output.Position;
        int size = offsets.Keys.Max() + 1;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n");
        for (int number = 0; number < size; number++)
        {
            table.Append(offsets.TryGetValue(number, out long offset)
                ? FormattableString.Invariant($"{offset:D10} 00000 n \n")
                : "0000000000 65535 f \n");
        }

        table.Append(trailer).Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        output.Write(Latin1.GetBytes(table.ToString()));
    }

    private static bool Matches(byte[] pdf, int position, string text) =>
        position >= 0 && position + text.Length <= pdf.Length && Latin1.GetString(pdf, position, text.Length) == text;

    private static int SkipWhitespace(byte[] pdf, int position)
    {
        while (position < pdf.Length && pdf[position] is (byte)' ' or (byte)'\r' or (byte)'\n')
        {
            position++;
        }

        return position;
    }

    private static string ReadLine(byte[] pdf, ref int position)
    {
        int start = position;
        while (position < pdf.Length && pdf[position] is not ((byte)'\r' or (byte)'\n'))
        {
            position++;
        }

        string line = Latin1.GetString(pdf, start, position - start);
        position = SkipWhitespace(pdf, position);
        return line;
    }

    [GeneratedRegex(@"/FontFile2\s+(\d+)\s+0\s+R")]
    private static partial Regex FontFileReference();

    [GeneratedRegex(@"(?<!<)<([0-9A-Fa-f\s]+)>(?!>)")]
    private static partial Regex HexString();

    // Map lines are matched one at a time ([ \t], never \s): a range must not run into the next line.
    [GeneratedRegex(@"^[ \t]*<([0-9A-Fa-f]{1,4})>[ \t]*<[0-9A-Fa-f]+>[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"^[ \t]*<([0-9A-Fa-f]{1,4})>[ \t]*<([0-9A-Fa-f]{1,4})>[ \t]*[<\[]", RegexOptions.Multiline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXrefValue();
}
