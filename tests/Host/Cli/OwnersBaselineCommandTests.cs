using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Host.Tests.Cli;

/// <summary>
/// <c>reporting owners baseline --input FILE</c>: the linear-SVM baseline on the owner protocol, end to end on a tiny
/// export whose figures are worked out by hand.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public sealed class OwnersBaselineCommandTests : IDisposable
{
    private readonly string _directory = TempDirectory.Create("owners-baseline");

    public void Dispose() => TempDirectory.Delete(_directory);

    [Fact]
    public async Task The_baseline_prints_the_protocols_figures_with_and_without_english_stop_words()
    {
        var input = await TinyOwnerExport.WriteAsync(_directory);

        var (exit, output, error) = await CliRun.RunAsync("owners", "baseline", "--input", input, "--json");
        var (stopExit, stopOutput, stopError) = await CliRun.RunAsync("owners", "baseline", "--input", input, "--stop-words", "english", "--json");

        Assert.True(exit == 0, error);
        Assert.True(stopExit == 0, stopError);
        var plain = JsonDocument.Parse(output).RootElement;
        var english = JsonDocument.Parse(stopOutput).RootElement;
        // Predicted billing, search, login, billing, search: top-1 4/5; F1 billing 2/3, search 1, login 2/3 → 7/9.
        foreach (var report in new[] { plain, english })
        {
            Assert.Equal((25, 3, 20, 5), (report.GetProperty("tickets").GetInt32(), report.GetProperty("owners").GetInt32(),
                report.GetProperty("train_tickets").GetInt32(), report.GetProperty("test_tickets").GetInt32()));
            Assert.Equal((0.8, 1.0, 0.7778), (report.GetProperty("top1").GetDouble(), report.GetProperty("top3").GetDouble(), report.GetProperty("macro_f1").GetDouble()));
            Assert.True(report.TryGetProperty("train_seconds", out _));
        }

        // "the x y": "the" once, then x, y, "the x", "x y" per owner (13); without the stop word x, y, "x y" per owner (9).
        Assert.Equal((13, "none"), (plain.GetProperty("features").GetInt32(), plain.GetProperty("stop_words").GetString()));
        Assert.Equal((9, "english"), (english.GetProperty("features").GetInt32(), english.GetProperty("stop_words").GetString()));
    }

    [Fact]
    public async Task A_missing_export_is_named_with_where_the_shared_data_lives()
    {
        var (exit, output, error) = await CliRun.RunAsync("owners", "baseline", "--input", "/nonexistent/hadoop.jsonl.gz");

        Assert.Equal((1, ""), (exit, output));
        Assert.StartsWith("error: No data at /nonexistent/hadoop.jsonl.gz. The README's evaluations read the shared Jira export ../shared/datasets/apache-jira/hadoop-family.jsonl.gz", error, StringComparison.Ordinal);
    }
}
