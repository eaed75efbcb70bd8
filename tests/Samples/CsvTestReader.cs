using System.Text;

using Reporting.Ingest.Company;

namespace Reporting.Samples.Tests;

/// <summary>
/// A strict RFC-4180 reader for the tests: it reads every record of a file except the physical lines
/// the generator reported as malformed, and fails loudly on anything else that is not well formed.
/// </summary>
internal static class CsvTestReader
{
    public static List<string[]> Read(string path, IEnumerable<MalformedRow>? skip = null)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        if (skip is not null)
        {
            var skipped = new HashSet<int>();
            foreach (var row in skip)
            {
                for (var line = row.Line; line < row.Line + row.LineCount; line++)
                {
                    skipped.Add(line);
                }
            }

            var lines = text.Split('\n');
            text = string.Join('\n', lines.Where((_, i) => !skipped.Contains(i + 1)));
        }

        return Parse(text);
    }

    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var atFieldStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Quoted field is not closed before the end of the file.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\n')
                {
                    throw new FormatException($"Unexpected character '{text[i]}' after a closing quote at offset {i}.");
                }

                atFieldStart = false;
                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    atFieldStart = true;
                    break;
                case '"':
                    throw new FormatException($"Quote inside an unquoted field at offset {i}.");
                case '\r':
                    throw new FormatException($"Carriage return at offset {i}; the sample uses \\n only.");
                default:
                    field.Append(c);
                    atFieldStart = false;
                    break;
            }

            i++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            throw new FormatException("The last record does not end with a line feed.");
        }

        return records;
    }
}
