using System.Globalization;
using Reporting.Ingest.Explain;

namespace Reporting.Host.Cli;

/// <summary><c>ingest --explain</c> as printed: per file what it was read as, then one line per column.</summary>
public static class IngestExplainReport
{
    public static void WriteText(IReadOnlyList<InputExplanation> explanations, TextWriter output)
    {
        foreach (var e in explanations)
        {
            output.WriteLine($"{e.Input}: {e.Reads}");
            if (e.Dates is not null)
            {
                output.WriteLine($"  dates: {e.Dates}");
            }

            if (e.Lists is not null)
            {
                output.WriteLine($"  lists: {e.Lists}");
            }

            if (e.Columns.Count > 0)
            {
                var columnWidth = Math.Min(30, e.Columns.Max(c => c.Column.Length));
                var fieldWidth = Math.Min(30, e.Columns.Max(c => Fields(c).Length));
                output.WriteLine($"  {"column".PadRight(columnWidth)}  {"field".PadRight(fieldWidth)}  sample from the first rows");
                foreach (var c in e.Columns)
                {
                    var sample = c.Problem is not null ? $"cannot be read: {c.Problem}"
                        : c.Sample is null ? c.From ?? ""
                        : c.From is null || c.From == c.Sample ? c.Sample
                        : $"{c.Sample}  (from '{c.From}')";
                    output.WriteLine($"  {c.Column.PadRight(columnWidth)}  {Fields(c).PadRight(fieldWidth)}  {sample}".TrimEnd());
                }
            }

            if (e.Absent.Count > 0)
            {
                output.WriteLine($"  not in this file: {string.Join(", ", e.Absent)}");
            }

            if (e.RowsSampled > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  first {e.RowsSampled} row(s): {e.RowsRead} would be read, {e.RowsSampled - e.RowsRead} rejected"));
                foreach (var problem in e.Problems)
                {
                    output.WriteLine($"    {problem}");
                }
            }
        }

        output.WriteLine("Nothing was written (--explain).");
    }

    private static string Fields(ColumnExplanation c) => c.Fields.Count == 0 ? "(ignored)" : string.Join(", ", c.Fields);
}
