using System.Text;

namespace Reporting.Samples;

/// <summary>
/// RFC-4180 writer with "\n" record ends. A field is quoted only when it holds a comma, a quote, CR or LF;
/// quotes inside are doubled. A null or empty field is written as nothing (empty means null).
/// Counts physical lines so callers can point at rows by line number.
/// </summary>
public sealed class CsvWriter(TextWriter output)
{
    private readonly StringBuilder _line = new(1024);

    /// <summary>Physical lines written so far.</summary>
    public int LinesWritten { get; private set; }

    /// <summary>Records written so far (raw lines count as one record each).</summary>
    public int RecordsWritten { get; private set; }

    public void WriteRecord(IReadOnlyList<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _line.Clear();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            AppendField(_line, fields[i]);
        }

        WriteRaw(_line.Append('\n').ToString());
    }

    /// <summary>Writes text exactly as given (used for deliberately malformed rows); it must end with "\n".</summary>
    public void WriteRaw(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.EndsWith('\n'))
        {
            throw new ArgumentException("A raw record must end with a line feed.", nameof(text));
        }

        output.Write(text);
        LinesWritten += text.Count(c => c == '\n');
        RecordsWritten++;
    }

    /// <summary>The field as it appears in a CSV line.</summary>
    public static string Quote(string? field)
    {
        var builder = new StringBuilder();
        AppendField(builder, field);
        return builder.ToString();
    }

    public static bool NeedsQuotes(string field) => field.AsSpan().IndexOfAny(",\"\r\n") >= 0;

    private static void AppendField(StringBuilder builder, string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return;
        }

        if (!NeedsQuotes(field))
        {
            builder.Append(field);
            return;
        }

        builder.Append('"');
        foreach (var c in field)
        {
            if (c == '"')
            {
                builder.Append('"');
            }

            builder.Append(c);
        }

        builder.Append('"');
    }
}
