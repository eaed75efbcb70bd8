using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Reports.Documents;

/// <summary>
/// One "N 0 obj … endobj" of a Skia-written PDF: its byte range, its dictionary text and, for streams,
/// where the stream data sits. Only direct /Length values are understood (Skia writes no others).
/// </summary>
internal sealed partial record PdfObject(int Number, int Start, int End, string Dictionary, int StreamStart, int StreamLength)
{
    public static PdfObject Parse(byte[] pdf, int number, int start, int end)
    {
        ReadOnlySpan<byte> body = pdf.AsSpan(start, end - start);
        int keyword = StreamKeyword(body);
        if (keyword < 0)
        {
            return new PdfObject(number, start, end, Encoding.Latin1.GetString(body), -1, -1);
        }

        string dictionary = Encoding.Latin1.GetString(body[..keyword]);
        Match length = DirectLength().Match(dictionary);
        if (!length.Success)
        {
            throw new FormatException($"Object {number} has a stream without a direct /Length.");
        }

        int dataStart = start + keyword + "stream".Length;
        dataStart += pdf[dataStart] == '\r' ? 2 : 1; // "stream" is followed by CRLF or LF
        int dataLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        if (dataStart + dataLength > end)
        {
            throw new FormatException($"Object {number}'s stream runs past the object.");
        }

        return new PdfObject(number, start, end, dictionary, dataStart, dataLength);
    }

    /// <summary>Where the "stream" keyword that follows the object's dictionary ("&gt;&gt;", whitespace) starts, or -1.</summary>
    private static int StreamKeyword(ReadOnlySpan<byte> body)
    {
        int from = 0;
        while (from < body.Length)
        {
            int found = body[from..].IndexOf("stream"u8);
            if (found < 0)
            {
                return -1;
            }

            int keyword = from + found;
            int before = keyword - 1;
            while (before >= 0 && body[before] is (byte)' ' or (byte)'\r' or (byte)'\n')
            {
                before--;
            }

            if (before >= 1 && body[before] == '>' && body[before - 1] == '>')
            {
                return keyword;
            }

            from = keyword + 1;
        }

        return -1;
    }

    /// <summary>The stream's bytes, inflated if FlateDecode is its only filter.</summary>
    public byte[] DecodedStream(byte[] pdf)
    {
        var raw = new ReadOnlySpan<byte>(pdf, StreamStart, StreamLength);
        if (!Dictionary.Contains("/Filter", StringComparison.Ordinal))
        {
            return raw.ToArray();
        }

        if (!FlateOnly().IsMatch(Dictionary))
        {
            throw new FormatException($"Object {Number} uses a filter other than FlateDecode.");
        }

        using var input = new MemoryStream(pdf, StreamStart, StreamLength, writable: false);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex(@"/Length\s+(\d+)\b(?!\s+\d+\s+R)")]
    private static partial Regex DirectLength();

    [GeneratedRegex(@"/Filter\s*(/FlateDecode|\[\s*/FlateDecode\s*\])")]
    private static partial Regex FlateOnly();
}
