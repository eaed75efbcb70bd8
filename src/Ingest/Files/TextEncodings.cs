using System.Text;
using System.Text.Unicode;

namespace Reporting.Ingest.Files;

/// <summary>
/// Which encoding an input is read in. Given by the user (<c>--encoding windows-1252</c>), announced by a byte order
/// mark, or detected: text whose first 64 KiB are not valid UTF-8 is read as Windows-1252 (what spreadsheet and
/// help-desk exports on Windows write, a superset of Latin-1). UTF-8 is decoded strictly, so a later invalid byte
/// fails the file with its line instead of turning into replacement characters.
/// </summary>
public static class TextEncodings
{
    public const int SniffBytes = 64 * 1024;

    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>An encoding by its name (utf-8, windows-1252, iso-8859-1, utf-16, ...), or a user error naming the known ones.</summary>
    public static Encoding Named(string name)
    {
        try
        {
            var encoding = Encoding.GetEncoding(name.Trim());
            return encoding is UTF8Encoding ? StrictUtf8 : Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            throw new Warehouse.UserInputException($"Unknown encoding '{name}': use a name such as utf-8, windows-1252, iso-8859-1 or utf-16.");
        }
    }

    /// <summary>Looks at the start of the (decompressed) content: strict UTF-8 when it is valid UTF-8, else Windows-1252.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> start, bool complete)
    {
        if (Utf8.IsValid(start))
        {
            return StrictUtf8;
        }

        if (!complete)
        {
            // The sniffed block may end inside a multi-byte character: judge it without its last three bytes.
            for (var cut = 1; cut <= 3 && start.Length > cut; cut++)
            {
                if (Utf8.IsValid(start[..^cut]))
                {
                    return StrictUtf8;
                }
            }
        }

        return Windows1252;
    }
}
