using Reporting.Analytics.Owners;
using System.Text.Json;
using Reporting.Warehouse;
using Reporting.Testing;

namespace Reporting.Host.Tests.Cli;

/// <summary>
/// The contract every verb keeps with its user: a mistake the user can fix exits 1 with exactly one line on stderr,
/// starting <c>error:</c> and saying what is wrong; success exits 0; <c>--json</c> prints one JSON document.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public sealed class CliContractTests(CliContractTests.Warehouse fixture) : IClassFixture<CliContractTests.Warehouse>
{
    public static TheoryData<string, string[], string> Mistakes => new()
    {
        { "unknown verb", ["frobnicate"], "error: Unrecognized command or argument 'frobnicate'" },
        { "missing required option", ["capacity"], "error: Option '--db' is required. See `reporting capacity --help`." },
        { "malformed option value", ["capacity", "--db", "W", "--from", "yesterday"], "error: Cannot parse argument 'yesterday' for option '--from'" },
        { "missing warehouse", ["capacity", "--db", "/nonexistent/reporting.duckdb"], "error: No warehouse at /nonexistent/reporting.duckdb" },
        { "unknown team", ["capacity", "--db", "W", "--team", "Nobody"], "error: Unknown team 'Nobody'" },
        { "backwards period", ["capacity", "--db", "W", "--from", "2026-06-30", "--to", "2026-06-01"], "error: The period ends (2026-06-01) before it starts (2026-06-30)." },
        { "endless period", ["report", "capacity", "--db", "W", "--from", "1900-01-01", "--to", "2200-01-01", "--out", "T/r.pdf"], "error: Periods lie between 1990-01-01 and 2999-12-31; 1900-01-01 to 2200-01-01 does not." },
        { "period of five years too long", ["capacity", "--db", "W", "--from", "2020-01-01", "--to", "2024-12-31"], "error: The period 2020-01-01 to 2024-12-31 is longer than 260 weeks." },
        { "forecast out of range", ["capacity", "--db", "W", "--forecast-weeks", "99"], "error: Forecast weeks must be between 0 and 8, not 99." },
        { "missing input", ["ingest", "/nonexistent/tickets.csv", "--db", "T/new.duckdb"], "error: " },
        { "unknown source", ["pull", "nosuch", "--db", "T/new.duckdb"], "error: " },
        { "write back to an unknown source", ["writeback", "run", "--db", "W", "--source", "nosuch"], "error: No source 'nosuch': no sources are configured" },
        { "write back to a missing warehouse", ["writeback", "run", "--db", "/nonexistent/reporting.duckdb"], "error: No warehouse at /nonexistent/reporting.duckdb" },
        { "notify without a channel", ["notify", "run", "--db", "W"], "error: No chat channel is configured: set Notifications:Channels:NAME:Kind and Url." },
        { "notify to a channel without a URL", ["notify", "run", "--db", "W", "--Notifications:Channels:ops:Kind=slack"], "error: Invalid notification configuration: Notifications:Channels:ops:Url is not an http(s) URL" },
        { "no owner model", ["owners", "suggest", "--db", "W", "--subject", "Login fails"], "error: No owner model yet" },
        { "evaluate without data", ["owners", "evaluate"], "error: Give --input PATH" },
        { "unknown ticket", ["duplicates", "similar", "--db", "W", "--id", "NOPE-1"], "error: No ticket 'NOPE-1' in the warehouse." },
        { "top out of range", ["duplicates", "similar", "--db", "W", "--id", "NOPE-1", "--top", "0"], "error: --top must be between 1 and 100" },
        { "invalid week", ["digest", "--db", "W", "--week", "2026-W99", "--out", "T/digests"], "error: '2026-W99' is not an ISO week such as 2026-W47." },
        { "unknown pm", ["digest", "--db", "W", "--pm", "nobody@example.com", "--out", "T/digests"], "error: " },
        { "e-mail not configured", ["digest", "send", "--db", "W"], "error: E-mail is not configured" },
        { "report to a non-pdf", ["report", "capacity", "--db", "W", "--out", "T/report.txt"], "error: --out must name a .pdf file" },
        { "samples out of range", ["samples", "generate", "--weeks", "0", "--out", "T/samples"], "error: Weeks must be between 1" },
        { "apikey without a name", ["apikey", "new"], "error: Option '--name' is required." },
        { "probe count out of range", ["worker", "probe", "--postgres", "Host=127.0.0.1;Port=1", "--count", "0"], "error: --count must be 1–10000, not 0" },
        { "demo without samples", ["demo", "--samples", "/nonexistent/samples", "--out", "T/demo"], "error: No sample folder at /nonexistent/samples" },
        { "fit without data", ["duplicates", "fit"], "error: Give --input PATH" },
        { "rejects limit out of range", ["rejects", "--db", "W", "--limit", "0"], "error: --limit must be 1–100000, not 0" },
        { "rotation weeks out of range", ["rotation", "plan", "--db", "W", "--weeks", "27"], "error: weeks must be between 1 and 26, not 27." },
        { "rotation from not a week", ["rotation", "plan", "--db", "W", "--from", "soon"], "error: 'soon' is not an ISO week like 2026-W49." },
        { "propose without --out", ["setup", "propose", "--db", "W"], "error: Option '--out' is required." },
        { "propose min tickets out of range", ["setup", "propose", "--db", "W", "--out", "T/draft.yaml", "--min-tickets", "0"], "error: --min-tickets must be between 1 and 10000, not 0" },
        { "check a missing teams file", ["setup", "check", "--db", "W", "--teams", "/nonexistent/teams.yaml"], "error: /nonexistent/teams.yaml: cannot be read" },
        { "unknown encoding", ["ingest", "T/one.csv", "--db", "T/enc.duckdb", "--encoding", "klingon"], "error: Unknown encoding 'klingon'" },
        { "fit penalty out of range", ["duplicates", "fit", "--db", "W", "--l2", "-1"], "error: --l2 must be between 0 and 1000000" },
        { "compare an unknown pipeline", ["owners", "compare", "--db", "W", "--candidate", "nonesuch"], "error: No candidate pipeline named nonesuch" },
        { "backtest horizon out of range", ["capacity", "backtest", "--db", "W", "--horizon", "0"], "error: --horizon must be between 1 and 8 weeks, not 0" },
        { "backtest too long", ["capacity", "backtest", "--db", "W", "--weeks", "1000"], "error: The backtest covers between 8 and 260 weeks, not 1000." },
        { "plausible span out of range", ["ingest", "T/one.csv", "--db", "T/span.duckdb", "--days-after-run", "400"], "error: --days-after-run must be between 0 and 366, not 400" },
        { "ingest without a warehouse", ["ingest", "T/one.csv"], "error: Option '--db' is required (or give --explain to see how the input would be read)." },
        { "field limit out of range", ["ingest", "T/one.csv", "--db", "T/limit.duckdb", "--max-field-bytes", "5"], "error: --max-field-bytes must be between 1024 and 67108864 (64 MiB), not 5" },
        { "missing mapping file", ["ingest", "T/one.csv", "--db", "T/map.duckdb", "--map", "T/none.yaml"], "error: No mapping file at " },
        { "mapping file mistake", ["ingest", "--explain", "T/one.csv", "--map", "T/bad-map.yaml"], "error: bad-map.yaml:1: colums: unknown key" },
        { "readiness of an unknown ticket", ["triage", "readiness", "--db", "W", "--id", "NOPE-1"], "error: No ticket 'NOPE-1' in the warehouse." },
        { "no priority model", ["priority", "suggest", "--db", "W", "--id", "FIRST"], "error: No priority model yet: run `reporting priority train --db " },
        { "priority of nothing", ["priority", "suggest", "--db", "W"], "error: Give either --id ID or --text TEXT." },
        { "priority evaluate without data", ["priority", "evaluate"], "error: Give --input PATH" },
        { "evaluate a missing export", ["priority", "evaluate", "--input", "/nonexistent/hadoop.jsonl.gz"], "error: No data at /nonexistent/hadoop.jsonl.gz. The README's evaluations read the shared Jira export ../shared/datasets/apache-jira/hadoop-family.jsonl.gz" },
        { "fit of an unknown ticket", ["fit", "ticket", "--db", "W", "--id", "NOPE-1"], "error: No ticket 'NOPE-1' in the warehouse." },
        { "fit evaluate without data", ["fit", "evaluate"], "error: Give --input PATH" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_users_mistake_exits_1_with_one_error_line(string mistake, string[] args, string expected)
    {
        var (exit, output, error) = await fixture.RunAsync(args);

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(exit == 1, $"{mistake}: exit {exit}\n{error}");
        Assert.True(lines.Length == 1, $"{mistake}: {lines.Length} lines on stderr:\n{error}");
        Assert.StartsWith(expected, lines[0], StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    public static TheoryData<string[]> JsonVerbs => new()
    {
        { ["capacity", "--db", "W", "--json"] },
        { ["capacity", "--db", "W", "--team", "Payments", "--json"] },
        { ["capacity", "backtest", "--db", "W", "--json"] },
        { ["duplicates", "similar", "--db", "W", "--id", "FIRST", "--json"] },
        { ["duplicates", "cluster", "--db", "W", "--json"] },
        { ["ingest", "T/one.csv", "--db", "T/one.duckdb", "--json"] },
        { ["ingest", "--explain", "T/one.csv", "--json"] },
        { ["owners", "evaluate", "--db", "W", "--json"] },
        { ["fit", "ticket", "--db", "W", "--id", "FIRST", "--json"] },
        { ["triage", "readiness", "--db", "W", "--id", "FIRST", "--json"] },
        { ["rejects", "--db", "W", "--json"] },
        { ["setup", "propose", "--db", "W", "--out", "T/draft.yaml", "--json"] },
    };

    [Fact]
    public async Task Capacity_json_rows_add_up_and_nobody_is_charged_more_than_their_hours()
    {
        var (exit, output, error) = await fixture.RunAsync("capacity", "--db", "W", "--json");

        Assert.True(exit == 0, error);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            double H(string name) => r.GetProperty(name).GetDouble();
            Assert.True(H("absorbed_hours") <= H("rotation_hours"), r.ToString());
            // Each figure is rounded to 0.01 h on its own, so sums agree within 0.03 h.
            Assert.InRange(H("support_hours") - (H("absorbed_hours") + H("leaked_hours") + H("overflow_hours")), -0.03, 0.03);
            Assert.InRange(H("effective_hours") - Math.Max(0, H("nominal_hours") - H("rotation_hours") - H("leaked_hours") - (H("overflow_hours") - H("unserved_hours"))), -0.03, 0.03);
        });
    }

    [Fact]
    public async Task Capacity_backtest_json_scores_each_team_one_and_two_weeks_ahead()
    {
        var (exit, output, error) = await fixture.RunAsync("capacity", "backtest", "--db", "W", "--json");

        Assert.True(exit == 0, error);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var teams = await fixture.ScalarAsync("SELECT count(*) FROM teams");
        Assert.Equal(2 * teams, rows.Count);
        Assert.Equal([1, 2], rows.Select(r => r.GetProperty("horizon_weeks").GetInt32()).Distinct().Order());
        Assert.All(rows, r =>
        {
            foreach (var field in new[] { "team", "horizon_weeks", "weeks_tested", "mae_hours", "mase_naive", "mase_mean4", "interval_coverage" })
            {
                Assert.True(r.TryGetProperty(field, out _), $"{field} missing in {r}");
            }
        });
    }

    [Theory]
    [MemberData(nameof(JsonVerbs))]
    public async Task With_json_a_verb_prints_one_json_document_and_exits_0(string[] args)
    {
        var (exit, output, error) = await fixture.RunAsync(args);

        Assert.True(exit == 0, $"exit {exit}\n{error}");
        using var document = JsonDocument.Parse(output);
        Assert.True(document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array);
    }

    [Fact]
    public async Task Training_then_suggesting_an_owner_succeeds_with_json()
    {
        var (trainExit, trained, trainError) = await fixture.RunAsync("owners", "train", "--db", "W", "--json");
        var (suggestExit, suggested, suggestError) = await fixture.RunAsync("owners", "suggest", "--db", "W", "--subject", "Payment declined at checkout", "--json");

        Assert.True(trainExit == 0, trainError);
        Assert.True(suggestExit == 0, suggestError);
        using var training = JsonDocument.Parse(trained);
        using var suggestion = JsonDocument.Parse(suggested);
        Assert.Equal(3, suggestion.RootElement.GetProperty("suggestions").GetArrayLength());
        // The pipeline was chosen for this warehouse among the selection, and the comparison is printed.
        var candidates = training.RootElement.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
        // The sample's triagers' changes are on record, so each candidate is tried with the fields as filed and without.
        var names = OwnerPipelineCatalog.Selection.Select(p => p.Name).ToList();
        // After each group, the group's best blended with the joint-bag SVM (the sample's words × 26 owners fit its budget).
        // Then that blend's SVM alone.
        Assert.Equal(names.Select(n => n + OwnerClassifier.FieldsSuffix).Concat(names), candidates.Where(c => !c.Contains(OwnerClassifier.BlendSuffix, StringComparison.Ordinal)));
        Assert.Contains(candidates[names.Count], names.Select(n => n + OwnerClassifier.FieldsSuffix + OwnerClassifier.BlendSuffix));
        Assert.Equal(candidates[names.Count] + OwnerClassifier.SvmAloneSuffix, candidates[names.Count + 1]);
        Assert.Contains(candidates[^2], names.Select(n => n + OwnerClassifier.BlendSuffix));
        Assert.Equal(candidates[^2] + OwnerClassifier.SvmAloneSuffix, candidates[^1]);
        var selected = training.RootElement.GetProperty("selected_pipeline").GetString()!;
        Assert.Contains(selected, candidates);
        Assert.Equal(
            selected.Contains(OwnerClassifier.FieldsSuffix, StringComparison.Ordinal)
                ? "as filed (subject, body, product, channel; priority, type, tags rolled back to filing)"
                : "text only (subject, body, product, channel)",
            training.RootElement.GetProperty("fields").GetString());
        // The calibration is printed: a positive temperature, no negative aging, a positive top slope, the model's newest ticket.
        var calibration = training.RootElement.GetProperty("calibration");
        Assert.True(calibration.GetProperty("temperature").GetDouble() > 0);
        Assert.True(calibration.GetProperty("aging_per_year").GetDouble() >= 0);
        // The sample company's services all exist from its first week: no ticket goes to an owner the model never saw.
        Assert.Equal((0, 0), (calibration.GetProperty("new_owner_rate_per_year").GetDouble(), calibration.GetProperty("new_owner_share_at_one_year").GetDouble()));
        Assert.StartsWith("the newest ", calibration.GetProperty("calibrated_on").GetString(), StringComparison.Ordinal);
        Assert.True(calibration.GetProperty("top_slope").GetDouble() > 0);
        Assert.Equal(JsonValueKind.String, calibration.GetProperty("newest_ticket_at").ValueKind);
    }

    [Fact]
    public async Task Rejects_lists_what_ingest_kept_aside_and_exports_it_as_csv()
    {
        var (exit, output, error) = await fixture.RunAsync("rejects", "--db", "W", "--limit", "5", "--csv", "T/rejects.csv", "--json");

        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        var total = await fixture.ScalarAsync("SELECT count(*) FROM rejects");
        Assert.True(total > 5, $"the sample has {total} rejects");
        Assert.Equal((total, 5), (document.RootElement.GetProperty("total").GetInt64(), document.RootElement.GetProperty("listed").GetInt32()));
        var csv = await File.ReadAllLinesAsync(fixture.Expand("T/rejects.csv"));
        Assert.Equal("run,source,input,line,field,reason,raw", csv[0]);
        var first = document.RootElement.GetProperty("rejects")[0];
        Assert.StartsWith($"{first.GetProperty("run").GetInt64()},\"{first.GetProperty("source").GetString()}\",\"{first.GetProperty("input").GetString()}\",{first.GetProperty("line").GetInt64()},", csv[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("digest", "--db", "W", "--out", "T/digests")]
    [InlineData("digest", "send", "--db", "W", "--dry-run")]
    [InlineData("report", "capacity", "--db", "W", "--out", "T/capacity.pdf")]
    [InlineData("samples", "generate", "--seed", "3", "--weeks", "1", "--out", "T/samples")]
    [InlineData("apikey", "new", "--name", "ops")]
    [InlineData("writeback", "run", "--db", "W", "--dry-run")]
    [InlineData("rotation", "plan", "--db", "W", "--weeks", "2", "--out", "T/rotation.csv")]
    public async Task A_verb_that_succeeds_exits_0_and_says_what_it_did(params string[] args)
    {
        var (exit, output, error) = await fixture.RunAsync(args);

        Assert.True(exit == 0, $"exit {exit}\n{error}");
        Assert.NotEqual("", output.Trim());
        Assert.DoesNotContain("error:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("serve", "--db", "T/serve.duckdb", "--Smtp:Host=127.0.0.1", "--Smtp:Port=0")]
    public async Task The_service_verbs_refuse_a_broken_configuration_with_one_error_line(params string[] args)
    {
        // Run as processes: the service verbs set up Hangfire, whose static state other tests share.
        await using var process = ReportingProcess.Start(fixture.Directory, args.Select(fixture.Expand).ToArray());
        var exit = await process.ExitCodeAsync(TimeSpan.FromSeconds(60));

        var lines = process.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(exit == 1, $"exit {exit}\n{process.Error}");
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
    }

    /// <summary>A sample warehouse (W) and a scratch folder (T) of this class's own.</summary>
    public sealed class Warehouse : IAsyncLifetime
    {
        private readonly SampleWarehouse _sample = new();

        public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("reporting-cli-contract-").FullName;

        private string? _firstTicket;

        public async Task InitializeAsync()
        {
            await _sample.InitializeAsync();
            _firstTicket = await _sample.Warehouse.Connection.ScalarAsync<string>("SELECT min(external_id) FROM tickets");
            await File.WriteAllTextAsync(Path.Combine(Directory, "one.csv"), "id,created_at,subject\n1,2026-01-05T10:00:00Z,Login fails\n");
            await File.WriteAllTextAsync(Path.Combine(Directory, "bad-map.yaml"), "colums:\n  Ticket: id\n");
        }

        public async Task DisposeAsync()
        {
            await _sample.DisposeAsync();
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        public Task<long> ScalarAsync(string sql) => _sample.Warehouse.Connection.ScalarAsync<long>(sql);

        public string Expand(string argument) => argument switch
        {
            "W" => _sample.Warehouse.Path,
            "FIRST" => _firstTicket!,
            _ when argument.StartsWith("T/", StringComparison.Ordinal) => Path.Combine(Directory, argument[2..]),
            _ => argument,
        };

        public Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
            CliRun.RunAsync(TestClock.Create(), args.Select(Expand).ToArray());
    }
}
