using System.Globalization;

namespace Reporting.Bench;

/// <summary>Prints <c>bench speed</c>'s rows as a table (and as Markdown, for the README).</summary>
public static class SpeedTable
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void Write(IReadOnlyList<SpeedRow> rows, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| figure | measured | baseline (same run) | ratio | target | met |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var r in rows)
        {
            var ratio = r.Ratio is { } x ? string.Create(C, $"{x:F1}×") : "";
            output.WriteLine($"| {r.Figure} | {r.Measured} | {r.Baseline} | {ratio} | {r.Target} | {(r.Met ? "yes" : "no")} |");
        }
    }
}
