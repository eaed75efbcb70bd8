using System.Diagnostics.CodeAnalysis;

namespace Reporting.Ingest.Loading;

/// <summary>
/// Text as the warehouse keeps it. DuckDB's appender takes strings as C strings, so a NUL character would silently
/// cut the rest of the text off; it is stored escaped as the six characters <c>\u0000</c> instead, and the text
/// keeps everything after it. Other control characters are stored as they are.
/// </summary>
public static class StoredText
{
    public const string EscapedNul = "\\u0000";

    [return: NotNullIfNotNull(nameof(text))]
    public static string? Escape(string? text) =>
        text is null || !text.Contains('\0', StringComparison.Ordinal) ? text : text.Replace("\0", EscapedNul, StringComparison.Ordinal);
}
