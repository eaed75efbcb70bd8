using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reporting.Host.Api;
using Reporting.Testing;
using Xunit.Abstractions;

namespace Reporting.Host.Tests.Release;

/// <summary>
/// The archive <c>./publish.sh</c> makes, unpacked as a user would: what it holds, and its self-contained binary running
/// the demo on the bundled sample and serving with the example configuration (no .NET SDK or repository involved).
/// </summary>
[Collection(ServiceCollection.Name)]
public partial class PublishedReleaseTests(PublishedRelease release, ITestOutputHelper output) : IClassFixture<PublishedRelease>
{
    private const string Key = "rpt_release_key_for_the_published_binary_0000";

    [Fact]
    public async Task The_archive_is_named_by_the_version_the_binary_reports_and_holds_the_sample_and_the_deployment_files()
    {
        var name = Path.GetFileName(release.Archive);
        var match = ArchiveName().Match(name);
        var (code, version, _) = await PublishedRelease.RunAsync(release.Executable, release.Root, TimeSpan.FromMinutes(1), "--version");
        var bin = Path.Combine(release.Directory, "bin");
        output.WriteLine($"publish.sh took {release.PublishTook.TotalSeconds:F0} s; {name}: {new FileInfo(release.Archive).Length / 1e6:F1} MB packed, " +
                         $"{System.IO.Directory.EnumerateFiles(release.Directory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1e6:F1} MB unpacked " +
                         $"(bin {System.IO.Directory.EnumerateFiles(bin, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1e6:F1} MB)");

        Assert.True(match.Success, name);
        Assert.Equal(0, code);
        Assert.StartsWith(match.Groups["version"].Value + "+", version.Trim(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(bin, "libcoreclr.so")), "self-contained: the runtime ships in bin");
        Assert.True(File.Exists(Path.Combine(release.Directory, "data", "samples", "tickets.csv")));
        Assert.All(["appsettings.example.json", "Dockerfile", "compose.yaml", "reporting.service"],
            file => Assert.True(File.Exists(Path.Combine(release.Directory, file)), file));
        // Left out of a release: LightGBM (only `owners compare` uses it), native debug symbols, other languages' resources.
        Assert.Empty(System.IO.Directory.EnumerateFiles(bin, "lib_lightgbm*"));
        Assert.Empty(System.IO.Directory.EnumerateFiles(bin, "*.dbg"));
        Assert.Equal(["Fonts"], System.IO.Directory.EnumerateDirectories(bin).Select(Path.GetFileName));
        var (compare, _, refusal) = await PublishedRelease.RunAsync(release.Executable, release.Root, TimeSpan.FromMinutes(1),
            "owners", "compare", "--db", "warehouse.duckdb", "--candidate", "word12-tfidf-lightgbm");
        Assert.Equal((1, "error: word12-tfidf-lightgbm needs LightGBM's native library, which this release leaves out; run it from a source build (dotnet run --project src/Host)."),
            (compare, refusal.Trim()));
        // The deployment files run the binary as this test does.
        Assert.Contains("COPY bin/ /opt/reporting/bin/", await File.ReadAllTextAsync(Path.Combine(release.Directory, "Dockerfile")), StringComparison.Ordinal);
        Assert.Contains("ExecStart=/opt/reporting/bin/reporting serve ", await File.ReadAllTextAsync(Path.Combine(release.Directory, "reporting.service")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_published_binary_runs_the_demo_on_the_bundled_sample()
    {
        var work = System.IO.Directory.CreateDirectory(Path.Combine(release.Root, "demo")).FullName;
        var watch = Stopwatch.StartNew();
        await using var demo = ReportingProcess.StartExecutable(release.Executable, work, "demo", "--out", Path.Combine(work, "out"));
        var exit = await demo.ExitCodeAsync(TimeSpan.FromMinutes(5));
        output.WriteLine($"demo took {watch.Elapsed.TotalSeconds:F0} s");

        Assert.True(exit == 0, $"exit {exit}\n{demo.Output}\n{demo.Error}");
        Assert.Contains($"sample company {Path.Combine(release.Directory, "data", "samples")}", demo.Output, StringComparison.Ordinal);
        Assert.Contains("Demo finished in", demo.Output, StringComparison.Ordinal);
        Assert.Equal(6, System.IO.Directory.GetFiles(Path.Combine(work, "out", "digests"), "*.pdf").Length);
        Assert.True(new FileInfo(Path.Combine(work, "out", "capacity-report.pdf")).Length > 10_000);
    }

    [Fact]
    public async Task The_published_binary_serves_healthz_on_127_0_0_1_with_the_example_configuration_logging_json()
    {
        var work = System.IO.Directory.CreateDirectory(Path.Combine(release.Root, "serve")).FullName;
        File.Copy(Path.Combine(release.Directory, "appsettings.example.json"), Path.Combine(work, "appsettings.json"));
        var port = FreePorts.Next();
        await using var serve = ReportingProcess.StartExecutable(release.Executable, work,
            "serve", "--urls", $"http://127.0.0.1:{port}", "--db", Path.Combine(work, "warehouse.duckdb"),
            // Where the example points elsewhere: this machine's folders, a key of the test's, nothing outside 127.0.0.1.
            $"--Reporting:Snapshots={Path.Combine(work, "snapshots")}", $"--Api:Keys:0:Sha256={ApiKeyHasher.Hash(Key)}",
            "--Sources:support:BaseUrl=http://127.0.0.1:1");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };

        var live = await WaitForLivenessAsync(client, serve);
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var ready = await client.GetAsync("/healthz/ready");
        var metrics = await client.GetAsync("/metrics");

        Assert.Equal("""{"status":"healthy"}""", live);
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").EnumerateArray()
            .Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(["warehouse", "source:support", "owner-model"], checks);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Contains("target_info{", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listening = serve.Output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(l => l.GetProperty("Category").GetString() == "Microsoft.Hosting.Lifetime" && l.GetProperty("EventId").GetInt32() == 14);
        Assert.Equal($"Now listening on: http://127.0.0.1:{port}", listening.GetProperty("Message").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", listening.GetProperty("Timestamp").GetString());
    }

    private static async Task<string> WaitForLivenessAsync(HttpClient client, ReportingProcess serve)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !serve.HasExited)
        {
            try
            {
                var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return await response.Content.ReadAsStringAsync();
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"reporting serve did not answer /healthz (exited: {serve.HasExited})\n{serve.Output}\n{serve.Error}");
    }


    [GeneratedRegex(@"^reporting-(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)-linux-x64\.tar\.gz$")]
    private static partial Regex ArchiveName();
}
