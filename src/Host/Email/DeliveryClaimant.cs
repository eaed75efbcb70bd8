using System.Diagnostics;
using System.Globalization;

namespace Reporting.Host.Email;

/// <summary>
/// Who holds a delivery: host, process id and process start time. A claimant on this host whose process is
/// gone (or whose id now belongs to a younger process) is dead at once, without waiting for its lease.
/// </summary>
public static class DeliveryClaimant
{
    private static readonly Lazy<string> CurrentId = new(() =>
    {
        using var self = Process.GetCurrentProcess();
        return Format(Environment.MachineName, self.Id, self.StartTime.ToUniversalTime());
    });

    public static string Current => CurrentId.Value;

    public static string Format(string host, int processId, DateTime startedUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"{host}/{processId}/{startedUtc.Ticks}");

    /// <summary>True only when <paramref name="claimant"/> ran on this host and its process no longer runs.</summary>
    public static bool IsDeadOnThisHost(string? claimant)
    {
        var parts = claimant?.Split('/');
        if (parts is not { Length: 3 } || parts[0] != Environment.MachineName
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            // .NET derives a process's start time from the boot time, which it re-measures on each call: allow jitter.
            var started = process.StartTime.ToUniversalTime().Ticks;
            return process.HasExited || Math.Abs(started - ticks) > TimeSpan.TicksPerSecond * 2;
        }
        catch (ArgumentException)
        {
            return true; // no process with that id
        }
        catch (InvalidOperationException)
        {
            return true; // exited while we looked
        }
    }
}
