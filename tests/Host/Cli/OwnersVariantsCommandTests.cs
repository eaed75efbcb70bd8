using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Host.Tests.Cli;

/// <summary>
/// <c>reporting owners variants</c>: one canonical JSON Lines file per variant, each read back by the ingest, with what
/// its variant removes gone, and the sample company's tickets as language-mix, with the field changes on record.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public sealed class OwnersVariantsCommandTests : IDisposable
{
    private readonly string _directory = TempDirectory.Create("owners-variants");

    public void Dispose() => TempDirectory.Delete(_directory);

    [Fact]
    public async Task Each_variant_is_a_file_the_evaluating_verbs_read()
    {
        var input = await TinyOwnerExport.WriteAsync(_directory);
        var samples = Directory.CreateDirectory(Path.Combine(_directory, "samples")).FullName;
        await File.WriteAllTextAsync(Path.Combine(samples, "tickets.csv"),
            "id,created_at,subject,body,service,tags\n" +
            "S-1,2026-05-25T00:40:05Z,Rechnung doppelt,Die Rechnung kam zweimal,invoicing,billing\n" +
            "S-2,2026-05-25T01:40:05Z,API limitsの設定について,お世話になっております,api-gateway,\n" +
            "S-3,2026-05-25T02:40:05Z,Login roto,No puedo entrar,auth-service,\n" +
            "S-4,2026-05-25T03:40:05Z,No owner yet,Nobody routed this,,\n");
        // A triager tagged S-1 after filing: the language-mix line says so, so its fields roll back to filing there too.
        await File.WriteAllTextAsync(Path.Combine(samples, "events.csv"),
            "ticket_id,at,kind,actor,detail\n" +
            "S-1,2026-05-25T01:00:00Z,tag_added,Rahul Mehta,billing\n");
        var output = Path.Combine(_directory, "variants");

        var (exit, printed, error) = await CliRun.RunAsync("owners", "variants", "--input", input, "--samples", samples, "--out", output, "--json");

        Assert.True(exit == 0, error);
        var written = JsonDocument.Parse(printed).RootElement.EnumerateArray()
            .ToDictionary(v => v.GetProperty("variant").GetString()!, v => (v.GetProperty("tickets").GetInt32(), v.GetProperty("owners").GetInt32()));
        // Three owners already hold every ticket and none has 20, so few-dominant and many-rare keep all 25.
        Assert.Equal(new Dictionary<string, (int, int)>
        {
            ["as-exported"] = (25, 3), ["subject-only"] = (25, 3), ["few-dominant-owners"] = (25, 3), ["many-rare-owners"] = (25, 3),
            ["no-structured-fields"] = (25, 3), ["one-line-text-only"] = (25, 3), ["language-mix"] = (3, 3),
        }, written);
        var subjectOnly = await Lines(output, "subject-only");
        Assert.All(subjectOnly, t => Assert.Equal("", t.GetProperty("body").GetString()));
        var textOnly = await Lines(output, "no-structured-fields");
        Assert.All(textOnly, t => Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, 0),
            (t.GetProperty("product").ValueKind, t.GetProperty("priority").ValueKind, t.GetProperty("tags").GetArrayLength())));
        var oneLine = await Lines(output, "one-line-text-only");
        Assert.All(oneLine, t => Assert.Equal(("", JsonValueKind.Null, JsonValueKind.Null, 0),
            (t.GetProperty("body").GetString(), t.GetProperty("product").ValueKind, t.GetProperty("priority").ValueKind, t.GetProperty("tags").GetArrayLength())));
        var languageMix = await Lines(output, "language-mix");
        Assert.Equal(["S-1", "S-2", "S-3"], languageMix.Select(t => t.GetProperty("id").GetString()));
        Assert.Equal([("tag_added", "billing")], languageMix[0].GetProperty("events").EnumerateArray()
            .Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("detail").GetString())));

        // The unchanged variant evaluates as the export itself does.
        var (baselineExit, baseline, baselineError) = await CliRun.RunAsync("owners", "baseline", "--input", Path.Combine(output, "as-exported.jsonl"), "--json");
        Assert.True(baselineExit == 0, baselineError);
        var figures = JsonDocument.Parse(baseline).RootElement;
        Assert.Equal((25, 0.8, 0.7778), (figures.GetProperty("tickets").GetInt32(), figures.GetProperty("top1").GetDouble(), figures.GetProperty("macro_f1").GetDouble()));
    }

    [Fact]
    public async Task A_max_tickets_out_of_range_is_refused()
    {
        var (exit, _, error) = await CliRun.RunAsync("owners", "variants", "--input", "x.jsonl", "--out", Path.Combine(_directory, "v"), "--max-tickets", "5");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: --max-tickets must be between 10 and 1,000,000, not 5", error, StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> Lines(string directory, string variant) =>
        (await File.ReadAllLinesAsync(Path.Combine(directory, variant + ".jsonl"))).Select(l => JsonDocument.Parse(l).RootElement).ToList();
}
