using System.Diagnostics;
using System.Text.Json;

namespace Reporting.Bench;

/// <summary>What one measured child process reports: tickets and events written, wall seconds, and its peak working set.</summary>
public sealed record Measurement(long Tickets, long Events, double Seconds, long PeakBytes)
{
    public double TicketsPerSecond => Tickets / Seconds;

    public double PeakMegabytes => PeakBytes / 1024.0 / 1024.0;

    public static long CurrentPeakBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static Measurement FromJson(string json) =>
        JsonSerializer.Deserialize<Measurement>(json) ?? throw new InvalidDataException("empty measurement");
}
