using System.Diagnostics;
using System.Text;

namespace Reporting.Host.Tests;

/// <summary>
/// The real `reporting` executable in a child process, as an operator runs it: both output streams drained into
/// memory (a full pipe would block it), killed with its children when disposed.
/// </summary>
public sealed class ReportingProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private ReportingProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public static ReportingProcess Start(string workingDirectory, params string[] arguments) =>
        StartExecutable("dotnet", workingDirectory, [Path.Combine(AppContext.BaseDirectory, "reporting.dll"), .. arguments]);

    /// <summary>Any executable, such as the published self-contained <c>bin/reporting</c> of a release.</summary>
    public static ReportingProcess StartExecutable(string executable, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new ReportingProcess(Process.Start(start)!);
        process._process.OutputDataReceived += (_, e) => Append(process._output, e.Data);
        process._process.ErrorDataReceived += (_, e) => Append(process._error, e.Data);
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits for the process to end and returns its exit code; fails the test with its output on a timeout.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"reporting did not exit within {timeout.TotalSeconds} s.\nstdout:\n{Output}\nstderr:\n{Error}");
        }

        _process.WaitForExit(); // flushes the asynchronous readers
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no cleanup, no finally blocks, as when a machine or container dies.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            target.AppendLine(line);
        }
    }
}
