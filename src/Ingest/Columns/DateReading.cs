using System.Globalization;
using System.Text.RegularExpressions;

namespace Reporting.Ingest.Columns;

/// <summary>
/// How dates of a CSV are written: the formats besides ISO-8601 (always understood), their culture (month names,
/// AM/PM) and the time zone of times written without an offset. An offset at the end of a value (Z, +01:00, +0100,
/// UTC) is read on its own, whatever the format.
/// </summary>
public sealed partial record DateReading
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd",
    ];

    /// <summary>The date every example is written with: 17 November 2025, 09:12.</summary>
    private static readonly DateTime ExampleDate = new(2025, 11, 17, 9, 12, 0, DateTimeKind.Unspecified);

    private readonly IReadOnlyList<string> _formats = [];
    private string[] _all = IsoFormats;

    public static DateReading Iso { get; } = new();

    /// <summary>.NET custom date formats such as <c>d'/'MMM'/'yy h:mm tt</c>, tried in order before ISO-8601.</summary>
    public IReadOnlyList<string> Formats
    {
        get => _formats;
        init
        {
            _formats = value;
            _all = [.. value, .. IsoFormats];
        }
    }

    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>What is expected, with examples: "d'/'MMM'/'yy h:mm tt (like 17/Nov/25 9:12 AM) or ISO-8601 (like 2025-11-17T09:12:00Z)".</summary>
    public string Expected => Formats.Count == 0
        ? "an ISO-8601 timestamp (like 2025-11-17T09:12:00Z)"
        : string.Join(", ", Formats.Select(f => $"{f} (like {Example(f, Culture)})")) + " or ISO-8601 (like 2025-11-17T09:12:00Z)";

    /// <summary>The zone as configured: UTC, or an IANA name.</summary>
    public string ZoneName => TimeZone == TimeZoneInfo.Utc ? "UTC" : TimeZone.Id;

    public static string Example(string format, CultureInfo culture) => ExampleDate.ToString(format, culture);

    /// <summary>Reads <paramref name="text"/> as a UTC time, or says why it cannot, naming <paramref name="column"/>.</summary>
    public bool TryParse(string text, string column, out DateTime utc, out string? problem)
    {
        utc = default;
        problem = null;
        var value = text.Trim();
        var wall = value;
        TimeSpan? offset = null;
        if (OffsetAtEnd().Match(value) is { Success: true } match && TryOffset(match.Groups["offset"].Value, out var parsed))
        {
            offset = parsed;
            wall = value[..match.Index];
        }

        if (!DateTime.TryParseExact(wall, _all, Culture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            var shown = value.Length <= 60 ? value : value[..57] + "...";
            problem = Number().IsMatch(value)
                ? $"{column} '{shown}' is a number, expected a date: {Expected}"
                : Formats.Count == 0
                    ? $"{column} '{shown}' is not an ISO-8601 timestamp (like 2025-11-17T09:12:00Z)"
                    : $"{column} '{shown}' does not match {Expected}";
            return false;
        }

        if (offset is { } o)
        {
            utc = DateTime.SpecifyKind(local - o, DateTimeKind.Utc);
            return true;
        }

        if (TimeZone == TimeZoneInfo.Utc)
        {
            utc = DateTime.SpecifyKind(local, DateTimeKind.Utc);
            return true;
        }

        if (TimeZone.IsInvalidTime(local))
        {
            problem = $"{column} '{value}' does not exist in {TimeZone.Id}: the clocks skip that hour (daylight-saving change)";
            return false;
        }

        utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZone);
        return true;
    }

    /// <summary>Null when <paramref name="format"/> reads dates (it reads back what it writes), else why not.</summary>
    public static string? FormatProblem(string format, CultureInfo culture)
    {
        var specifiers = QuotedLiteral().Replace(format, "");
        if (specifiers.Contains('z', StringComparison.Ordinal) || specifiers.Contains('K', StringComparison.Ordinal))
        {
            return "leave the offset out (z, K): an offset at the end of a value (Z, +01:00, +0100, UTC) is read on its own";
        }

        try
        {
            var written = Example(format, culture);
            return DateTime.TryParseExact(written, format, culture, DateTimeStyles.AllowWhiteSpaces, out var back) && back.Date == ExampleDate.Date
                ? null
                : $"it does not read back the dates it writes ('{written}'); give a date format such as dd.MM.yyyy HH:mm";
        }
        catch (FormatException)
        {
            return "it is not a .NET date format; give one such as dd.MM.yyyy HH:mm";
        }
    }

    private static bool TryOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text is "Z" or "z" or "UTC" or "GMT")
        {
            return true;
        }

        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    // An offset only counts after a time of day, so the day of 2025-11-17 is never read as an offset of -17 hours.
    [GeneratedRegex(@"(?<=\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:\s?[AaPp]\.?[Mm]\.?)?)\s*(?<offset>[Zz]|UTC|GMT|[+-]\d\d(?::?\d\d)?)$")]
    private static partial Regex OffsetAtEnd();

    [GeneratedRegex(@"^[+-]?\d+(?:[.,]\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"'[^']*'|""[^""]*""|\\.")]
    private static partial Regex QuotedLiteral();
}
