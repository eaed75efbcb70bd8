using System.Globalization;
using Reporting.Ingest;

namespace Reporting.Host.Cli;

/// <summary>The ingest summary as printed: totals first, then one line per input.</summary>
public sealed record IngestReport(
    string Source, long RunId, long Read, long Ingested, long Rejected, long New, long Updated, long Unchanged, long Events,
    double Seconds, IReadOnlyList<IngestReport.InputLine> Inputs)
{
    public sealed record InputLine(string Input, string Kind, long Read, long Ingested, long Rejected, long New, long Updated, long Unchanged);

    public static IngestReport From(IngestSummary s) => new(
        s.Source, s.RunId, s.Total.Read, s.Total.Ingested, s.Total.Rejected, s.Total.New, s.Total.Updated, s.Total.Unchanged,
        s.Total.Events, Math.Round(s.Seconds, 3),
        s.Inputs.Select(i => new InputLine(i.Input, i.Kind.ToString(), i.Counts.Read, i.Counts.Ingested, i.Counts.Rejected,
            i.Counts.New, i.Counts.Updated, i.Counts.Unchanged)).ToList());

    public static void WriteText(IngestSummary s, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Ingested source '{s.Source}' (run {s.RunId}) in {s.Seconds:F1} s"));
        output.WriteLine(string.Create(c, $"  {"input",-28} {"read",9} {"ingested",9} {"rejected",9} {"new",8} {"updated",8} {"unchanged",9}"));
        foreach (var i in s.Inputs)
        {
            var n = i.Counts;
            output.WriteLine(string.Create(c, $"  {i.Input,-28} {n.Read,9:N0} {n.Ingested,9:N0} {n.Rejected,9:N0} {n.New,8:N0} {n.Updated,8:N0} {n.Unchanged,9:N0}"));
        }

        var t = s.Total;
        output.WriteLine(string.Create(c, $"  {"total",-28} {t.Read,9:N0} {t.Ingested,9:N0} {t.Rejected,9:N0} {t.New,8:N0} {t.Updated,8:N0} {t.Unchanged,9:N0}"));
        if (t.Rejected > 0)
        {
            output.WriteLine(string.Create(c,
                $"  {t.Rejected:N0} rejected records are kept in the warehouse table 'rejects' with file, line and reason."));
        }
    }
}
