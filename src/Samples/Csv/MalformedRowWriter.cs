using System.Text;

namespace Reporting.Samples;

/// <summary>
/// Breaks a valid ticket row in one of 15 fixed ways, for ingest code to reject. Variants that depend on
/// quote or line structure first strip quotes, commas and line breaks from the text fields, so each row is
/// broken in exactly the intended way and nothing else.
/// </summary>
internal static class MalformedRowWriter
{
    public const int VariantCount = 15;

    private const int Id = 0;
    private const int CreatedAt = 1;
    private const int FirstResponseAt = 2;
    private const int ResolvedAt = 3;
    private const int Status = 4;
    private const int Priority = 5;
    private const int Customer = 8;
    private const int Subject = 9;
    private const int Body = 10;
    private const int Tags = 14;

    /// <summary>The raw text (ending in "\n") plus what is wrong with it.</summary>
    public static (string Text, MalformedRowKind Kind, string Description) Write(int variant, IReadOnlyList<string?> validFields)
    {
        var fields = validFields.ToArray();
        switch (variant)
        {
            case 0:
                fields[CreatedAt] = "2026-13-45T99:00:00Z";
                return (Quoted(fields), MalformedRowKind.BadTimestamp, "created_at has month 13, day 45 and hour 99");
            case 1:
                fields[CreatedAt] = "yesterday";
                return (Quoted(fields), MalformedRowKind.BadTimestamp, "created_at is the word 'yesterday'");
            case 2:
                fields[ResolvedAt] = "2026-06-31T10:00:00Z";
                return (Quoted(fields), MalformedRowKind.BadTimestamp, "resolved_at is June 31st, which does not exist");
            case 3:
                fields[FirstResponseAt] = "12/06/2026 14:03";
                return (Quoted(fields), MalformedRowKind.BadTimestamp, "first_response_at is in a local format, not ISO-8601");
            case 4:
            {
                var plain = Plain(fields);
                plain[Subject] = "\"" + plain[Subject];
                return (Joined(plain), MalformedRowKind.UnbalancedQuote, "subject opens a quote that is never closed");
            }

            case 5:
            {
                var plain = Plain(fields);
                plain[Body] = "\"" + plain[Body] + " see the attached log";
                return (Joined(plain), MalformedRowKind.UnbalancedQuote, "body opens a quote that is never closed");
            }

            case 6:
            {
                var plain = Plain(fields);
                plain[Body] = SplitInTwo(plain[Body], "Sent from my phone");
                return (Joined(plain), MalformedRowKind.UnquotedLineBreak, "unquoted body contains a line break");
            }

            case 7:
            {
                var plain = Plain(fields);
                plain[Subject] = SplitInTwo(plain[Subject], "part two");
                return (Joined(plain), MalformedRowKind.UnquotedLineBreak, "unquoted subject contains a line break");
            }

            case 8:
                return (Quoted(fields[..9]), MalformedRowKind.TooFewFields, "row stops after the customer field (9 of 16 fields)");
            case 9:
                return (Quoted(fields.Where((_, i) => i != Tags).ToArray()), MalformedRowKind.TooFewFields, "tags field is missing (15 of 16 fields)");
            case 10:
            {
                var plain = fields.Select(CsvWriter.Quote).ToArray();
                var customer = Strip(fields[Customer] ?? string.Empty);
                plain[Customer] = customer.Contains(',', StringComparison.Ordinal) ? customer : customer + ", Inc.";
                return (string.Join(',', plain) + "\n", MalformedRowKind.TooManyFields, "customer name with a comma is not quoted (17 fields)");
            }

            case 11:
                return (Quoted([.. fields, "extra", "fields"]), MalformedRowKind.TooManyFields, "two extra fields at the end (18 fields)");
            case 12:
                fields[Id] = string.Empty;
                return (Quoted(fields), MalformedRowKind.EmptyId, "id is empty");
            case 13:
                fields[Status] = "done";
                return (Quoted(fields), MalformedRowKind.UnknownEnumValue, "status 'done' is not one of new|open|pending|solved|closed");
            default:
                fields[Priority] = "P1";
                return (Quoted(fields), MalformedRowKind.UnknownEnumValue, "priority 'P1' is not one of urgent|high|normal|low");
        }
    }

    private static string Quoted(IEnumerable<string?> fields) => string.Join(',', fields.Select(CsvWriter.Quote)) + "\n";

    private static string Joined(string[] fields) => string.Join(',', fields) + "\n";

    private static string[] Plain(string?[] fields) => fields.Select(f => Strip(f ?? string.Empty)).ToArray();

    private static string Strip(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c is '"' or ',' or '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    private static string SplitInTwo(string text, string fallbackTail)
    {
        var space = text.IndexOf(' ', text.Length / 2);
        return space > 0 ? text[..space] + "\n" + text[(space + 1)..] : text + "\n" + fallbackTail;
    }
}
