using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Reporting.Bench;

/// <summary>
/// The unlike-Jira checks (issue 14): writes the evaluation variants of an export (<c>reporting owners variants</c>)
/// to a temporary folder, then runs <c>owners evaluate --json</c> and <c>owners baseline --json</c> on each as child
/// processes, as a user would, and prints one markdown table: the router's figures (every key its JSON has) beside
/// the linear-SVM baseline's, and whether the router wins on top-1, top-3 and macro-F1 all three. Then the same for
/// the sample company's own variants (its as committed is the export's language-mix row), unless
/// <c>--no-sample-variants</c>.
/// </summary>
public static class OwnersVariantsBenchmark
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The router's keys, in this order when present; any other key its JSON has is printed after them.</summary>
    private static readonly string[] RouterKeys = ["top1", "top3", "macro_f1", "ece", "ece_floor", "coverage", "accuracy_at_coverage", "selected_pipeline"];

    private static readonly string[] Skipped = ["train_seconds", "predict_us"];

    public static async Task<int> RunAsync(BenchArguments args, TextWriter output)
    {
        var input = args.Text("input") ?? DefaultInput();
        var samples = args.Text("samples") ?? SamplesFolder.Find();
        var directory = args.Text("out") ?? Directory.CreateTempSubdirectory("reporting-owners-variants-").FullName;
        var variantArguments = new List<string> { "owners", "variants", "--input", input, "--samples", samples, "--out", directory, "--json" };
        if (args.Text("max-tickets") is { } max)
        {
            variantArguments.AddRange(["--max-tickets", max]);
        }

        try
        {
            Console.Error.WriteLine($"writing the variants of {input} to {directory}");
            using var variants = JsonDocument.Parse(await RunReportingAsync(variantArguments));
            var rows = new List<(JsonElement Variant, JsonElement Router, JsonElement Baseline)>();
            await MeasureAsync(variants.RootElement.EnumerateArray(), rows);
            if (!args.Flag("no-sample-variants"))
            {
                var sampleDirectory = Path.Combine(directory, "sample-company");
                Console.Error.WriteLine($"writing the variants of the sample company ({samples}) to {sampleDirectory}");
                List<string> sampleArguments = ["owners", "variants", "--input", samples, "--out", sampleDirectory, "--json"];
                if (args.Text("max-tickets") is { } sampleMax)
                {
                    sampleArguments.AddRange(["--max-tickets", sampleMax]);
                }

                using var sampleVariants = JsonDocument.Parse(await RunReportingAsync(sampleArguments));
                await MeasureAsync(
                    sampleVariants.RootElement.EnumerateArray()
                        .Where(v => v.GetProperty("variant").GetString() is not ("as-exported" or "language-mix"))
                        .Select(v => Relabelled(v, "the sample company, ")),
                    rows);
            }

            output.Write(Table(rows));
            return 0;
        }
        finally
        {
            if (args.Text("out") is null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static async Task MeasureAsync(IEnumerable<JsonElement> variants, List<(JsonElement Variant, JsonElement Router, JsonElement Baseline)> rows)
    {
        foreach (var variant in variants)
        {
            var file = variant.GetProperty("file").GetString()!;
            Console.Error.WriteLine($"{variant.GetProperty("variant").GetString()}: owners evaluate, then owners baseline");
            var router = await FiguresAsync(["owners", "evaluate", "--input", file, "--json"]);
            var baseline = await FiguresAsync(["owners", "baseline", "--input", file, "--json"]);
            rows.Add((variant, router, baseline));
            // Each row as it is done too, so a long run that is stopped still leaves what it measured.
            Console.Error.Write(Table([rows[^1]]));
        }
    }

    private static JsonElement Relabelled(JsonElement variant, string prefix)
    {
        var copy = variant.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        copy["variant"] = JsonSerializer.SerializeToElement(prefix + variant.GetProperty("variant").GetString());
        return JsonSerializer.SerializeToElement(copy);
    }

    /// <summary>The markdown table: variant, tickets, owners, the router's keys, the baseline's top-1/top-3/macro-F1, and who wins.</summary>
    public static string Table(IReadOnlyList<(JsonElement Variant, JsonElement Router, JsonElement Baseline)> rows)
    {
        // Nested figures (the candidates' comparison, decided tickets) and counts already shown stay out of the table.
        var extra = rows.SelectMany(r => r.Router.EnumerateObject()
                .Where(p => p.Value.ValueKind is not (JsonValueKind.Array or JsonValueKind.Object or JsonValueKind.Null)).Select(p => p.Name))
            .Where(k => k is not ("train_tickets" or "test_tickets" or "owners" or "target_precision"))
            .Where(k => !RouterKeys.Contains(k) && !Skipped.Contains(k) && k != "failed").Distinct().ToList();
        var routerKeys = RouterKeys.Where(k => rows.Any(r => r.Router.TryGetProperty(k, out _))).Concat(extra).ToList();
        var text = new StringBuilder();
        var header = new List<string> { "variant", "tickets", "owners" };
        header.AddRange(routerKeys.Select(k => "router " + k));
        header.AddRange(["baseline top1", "baseline top3", "baseline macro_f1", "router wins all three"]);
        text.AppendLine("| " + string.Join(" | ", header) + " |");
        text.AppendLine("| " + string.Join(" | ", header.Select(_ => "---")) + " |");
        foreach (var (variant, router, baseline) in rows)
        {
            var cells = new List<string>
            {
                variant.GetProperty("variant").GetString()!,
                variant.GetProperty("tickets").GetInt32().ToString("N0", C),
                variant.GetProperty("owners").GetInt32().ToString(C),
            };
            cells.AddRange(router.TryGetProperty("failed", out var routerFailure)
                ? routerKeys.Select((_, i) => i == 0 ? "failed: " + routerFailure.GetString() : "–")
                : routerKeys.Select(k => Cell(router, k)));
            cells.AddRange(baseline.TryGetProperty("failed", out var baselineFailure)
                ? ["failed: " + baselineFailure.GetString(), "–", "–"]
                : new[] { "top1", "top3", "macro_f1" }.Select(k => Cell(baseline, k)));
            var wins = new[] { "top1", "top3", "macro_f1" }.All(k =>
                router.TryGetProperty(k, out var r) && baseline.TryGetProperty(k, out var b) && r.GetDouble() > b.GetDouble());
            cells.Add(wins ? "yes" : "no");
            text.AppendLine("| " + string.Join(" | ", cells) + " |");
        }

        return text.ToString();
    }

    private static string Cell(JsonElement json, string key) =>
        !json.TryGetProperty(key, out var value) ? "–"
        // Counts print as counts (20,223), figures with three decimals.
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var count) ? count.ToString("N0", C)
        : value.ValueKind == JsonValueKind.Number ? value.GetDouble().ToString("F3", C)
        : value.ValueKind == JsonValueKind.String ? value.GetString()!
        : value.GetRawText();

    /// <summary>A verb's JSON figures, or <c>{"failed": its error line}</c> when it fails, so one variant cannot stop the rest.</summary>
    private static async Task<JsonElement> FiguresAsync(IReadOnlyList<string> arguments)
    {
        var (exit, stdout, stderr) = await RunAsync(arguments);
        if (exit == 0)
        {
            return JsonDocument.Parse(stdout).RootElement;
        }

        var error = stderr.Split('\n').LastOrDefault(l => l.StartsWith("error:", StringComparison.Ordinal)) ?? $"exit {exit}";
        Console.Error.Write(stderr);
        return JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["failed"] = error.Replace("|", "\\|", StringComparison.Ordinal) });
    }

    /// <summary>Runs the real <c>reporting</c> and returns its stdout; its progress (stderr) is passed through.</summary>
    private static async Task<string> RunReportingAsync(IReadOnlyList<string> arguments)
    {
        var (exit, stdout, _) = await RunAsync(arguments, passErrors: true);
        return exit == 0 ? stdout : throw new InvalidOperationException($"reporting {string.Join(' ', arguments)} exited with {exit}");
    }

    private static async Task<(int Exit, string Out, string Error)> RunAsync(IReadOnlyList<string> arguments, bool passErrors = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = !passErrors, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reporting.dll"));
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start reporting");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = passErrors ? Task.FromResult("") : process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string DefaultInput()
    {
        for (var dir = new DirectoryInfo(SamplesFolder.Find()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets", "apache-jira", "hadoop-family.jsonl.gz");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            "The shared Jira export ../shared/datasets/apache-jira/hadoop-family.jsonl.gz (relative to the repository root) was not found: pass --input FILE.");
    }
}
