using System.Globalization;

namespace Reporting.Ingest.Tickets;

/// <summary>
/// Strict ISO-8601 parsing to UTC. Lenient parsers accept "1/2/2026" and guess; a support history
/// is better served by rejecting what it cannot read unambiguously.
/// </summary>
public static class TimestampParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd",
    ];

    public static bool TryParseUtc(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = NormalizeCompactOffset(text.Trim());
        if (!DateTimeOffset.TryParseExact(
                value, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return false;
        }

        utc = DateTime.SpecifyKind(parsed.UtcDateTime, DateTimeKind.Utc);
        return true;
    }

    /// <summary>Parses or throws a <see cref="FormatException"/> naming the value.</summary>
    public static DateTime ParseUtc(string text) =>
        TryParseUtc(text, out var utc)
            ? utc
            : throw new FormatException($"'{text}' is not an ISO-8601 timestamp");

    /// <summary>Jira writes offsets as +0000; .NET's K specifier wants +00:00.</summary>
    private static string NormalizeCompactOffset(string value)
    {
        var n = value.Length;
        if (n >= 5 && (value[n - 5] == '+' || value[n - 5] == '-') && value.IndexOf('T') > 0
            && char.IsAsciiDigit(value[n - 4]) && char.IsAsciiDigit(value[n - 3])
            && char.IsAsciiDigit(value[n - 2]) && char.IsAsciiDigit(value[n - 1]))
        {
            return string.Concat(value.AsSpan(0, n - 2), ":", value.AsSpan(n - 2));
        }

        return value;
    }
}
