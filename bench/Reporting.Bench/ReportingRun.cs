using System.Diagnostics;

namespace Reporting.Bench;

/// <summary>Runs the real <c>reporting</c> once, as a user would, and times it from process start to exit.</summary>
public static class ReportingRun
{
    public static async Task<double> SecondsAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reporting.dll"));
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start reporting");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"reporting {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }

        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>The median of <paramref name="runs"/> runs (the machine is shared; one run can be unlucky).</summary>
    public static async Task<double> MedianSecondsAsync(int runs, string workingDirectory, params string[] arguments)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            times.Add(await SecondsAsync(workingDirectory, arguments));
        }

        return HttpLoad.Percentile(times, 0.5);
    }
}
