using System.Diagnostics;
using System.Reflection;

namespace Reporting.Bench;

/// <summary>Runs this program again with a measured verb, so each measurement has a process (and a peak memory) of its own.</summary>
public static class ChildProcess
{
    /// <summary>Returns the last line the child printed (its JSON measurement).</summary>
    public static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var host = Environment.ProcessPath!;
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        foreach (var argument in arguments.Where(a => a.Length > 0))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {process.ExitCode}");
        }

        return text.Trim().Split('\n')[^1];
    }
}
