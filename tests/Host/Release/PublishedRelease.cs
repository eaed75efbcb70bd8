using System.Diagnostics;
using Reporting.Testing;

namespace Reporting.Host.Tests.Release;

/// <summary>
/// The release as a user gets it: <c>./publish.sh</c> run once per test run into a temporary folder (its build
/// files stay in out/publish, so a rerun only rebuilds what changed), and the archive unpacked beside it.
/// </summary>
public sealed class PublishedRelease : IAsyncLifetime
{
    public static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(20);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "reporting-release-" + Guid.NewGuid().ToString("N")[..8]);

    public string Archive { get; private set; } = "";

    /// <summary>The unpacked folder, reporting-VERSION-linux-x64.</summary>
    public string Directory { get; private set; } = "";

    public string Executable => Path.Combine(Directory, "bin", "reporting");

    public TimeSpan PublishTook { get; private set; }

    public string PublishLog { get; private set; } = "";

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Root);
        var watch = Stopwatch.StartNew();
        var (code, output, error) = await RunAsync("bash", Fixture.RepositoryRoot(), PublishTimeout, Path.Combine(Fixture.RepositoryRoot(), "publish.sh"), "--out", Path.Combine(Root, "dist"));
        PublishTook = watch.Elapsed;
        PublishLog = error;
        Assert.True(code == 0, $"publish.sh failed ({code}):\n{output}\n{error}");
        Archive = output.Trim().Split('\n')[^1];
        Assert.True(File.Exists(Archive), $"publish.sh printed '{Archive}', which is not a file:\n{error}");
        var (untar, _, untarError) = await RunAsync("tar", Root, TimeSpan.FromMinutes(2), "-xzf", Archive, "-C", Root);
        Assert.True(untar == 0, untarError);
        Directory = Path.Combine(Root, Path.GetFileName(Archive)[..^".tar.gz".Length]);
    }

    public Task DisposeAsync()
    {
        try
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    public static async Task<(int Code, string Output, string Error)> RunAsync(string file, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {timeout.TotalMinutes} min:\n{await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}
