using System.Globalization;
using System.Text;

namespace Reporting.Host.Jobs;

/// <summary>What a worker probe found: every job's final state and how often it ran, per server.</summary>
public sealed record WorkerProbeReport(
    string Probe,
    int Enqueued,
    int Succeeded,
    int Failed,
    int Unfinished,
    IReadOnlyList<string> RanMoreThanOnce,
    IReadOnlyList<string> NeverRan,
    IReadOnlyDictionary<string, int> RunsByServer,
    int PostgresOutages,
    double Seconds)
{
    public bool ExactlyOnce => Succeeded == Enqueued && RanMoreThanOnce.Count == 0 && NeverRan.Count == 0;

    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"probe {Probe}: {Enqueued} enqueued, {Succeeded} succeeded, {Failed} failed, {Unfinished} unfinished, {Seconds:F1} s");
        foreach (var (server, runs) in RunsByServer)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {server}: {runs}");
        }

        if (RanMoreThanOnce.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  ran more than once: {string.Join(", ", RanMoreThanOnce)}");
        }

        if (NeverRan.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  never ran: {string.Join(", ", NeverRan.Take(20))}{(NeverRan.Count > 20 ? ", ..." : "")}");
        }

        if (PostgresOutages > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  PostgreSQL was unreachable {PostgresOutages} time(s) during the probe; it retried");
        }

        text.Append(ExactlyOnce ? "every job ran exactly once" : "NOT exactly once");
        return text.ToString();
    }
}
