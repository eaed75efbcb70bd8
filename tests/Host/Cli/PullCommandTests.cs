using System.Text.Json;
using Reporting.Testing.FakeApis;

namespace Reporting.Host.Tests.Cli;

/// <summary>
/// <c>reporting pull</c> end to end: configuration from the environment, a fake Zendesk on 127.0.0.1,
/// the summary on stdout (text and --json) and one error line on stderr.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public sealed class PullCommandTests : IAsyncLifetime
{
    private static readonly DateTime Updated = new(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc);

    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-pull-cli-").FullName;
    private readonly List<string> _variables = [];
    private FakeZendesk _zendesk = null!;

    private string Database => Path.Combine(_directory, "warehouse.duckdb");

    public async Task InitializeAsync()
    {
        _zendesk = await FakeZendesk.StartAsync();
        for (var id = 1; id <= 3; id++)
        {
            _zendesk.Put(ZendeskData.Ticket(id, Updated.AddDays(-1), Updated.AddMinutes(id), $"Ticket {id}"));
        }
    }

    private void Configure(string name, string baseUrl)
    {
        foreach (var (key, value) in new[] { ("Kind", "zendesk"), ("BaseUrl", baseUrl), ("Token", "cli-secret-token"), ("Retry__MaxAttempts", "2"), ("Retry__BaseDelay", "00:00:00.01") })
        {
            var variable = $"Sources__{name}__{key}";
            Environment.SetEnvironmentVariable(variable, value);
            _variables.Add(variable);
        }
    }

    [Fact]
    public async Task A_pull_prints_its_summary_and_a_second_pull_finds_nothing_new()
    {
        Configure("cli-support", _zendesk.BaseUrl.ToString());

        var first = await CliRun.RunAsync("pull", "cli-support", "--db", Database);
        var second = await CliRun.RunAsync("pull", "cli-support", "--db", Database, "--json");

        Assert.Equal(0, first.Exit);
        Assert.Contains("Pulled source 'cli-support' (zendesk, run 1)", first.Out);
        Assert.Contains("tickets: 3 read, 3 new, 0 updated, 0 unchanged, 0 rejected", first.Out);
        Assert.Contains("cli-support: 3 records read, 0 rejected", first.Error); // progress goes to stderr
        Assert.Equal(0, second.Exit);
        using var json = JsonDocument.Parse(second.Out);
        Assert.Equal((0, 0, 1), (json.RootElement.GetProperty("read").GetInt32(), json.RootElement.GetProperty("new").GetInt32(),
            json.RootElement.GetProperty("pages").GetInt32()));
        Assert.Equal("zendesk", json.RootElement.GetProperty("kind").GetString());
        Assert.EndsWith(json.RootElement.GetProperty("watermark").GetString()!, first.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim());
    }

    [Fact]
    public async Task A_source_that_fails_prints_one_error_line_without_the_token_and_exits_1()
    {
        _zendesk.Host.Faults.Add(Fault.DownAfter(0));
        Configure("cli-down", _zendesk.BaseUrl.ToString());

        var (exit, output, error) = await CliRun.RunAsync("pull", "cli-down", "--db", Database);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: source 'cli-down': GET {_zendesk.BaseUrl}api/v2/incremental/tickets/cursor.json?start_time=0&", line);
        Assert.Contains("still 503 Service Unavailable after 2 attempt(s)", line);
        Assert.DoesNotContain("cli-secret-token", error);
    }

    [Fact]
    public async Task An_unknown_source_is_named_with_the_configured_ones()
    {
        Configure("cli-known", _zendesk.BaseUrl.ToString());

        var (exit, _, error) = await CliRun.RunAsync("pull", "cli-unknown", "--db", Database);

        Assert.Equal(1, exit);
        Assert.StartsWith("error: No source 'cli-unknown' is configured; configured sources: ", error);
        Assert.Contains("cli-known", error);
    }

    public async Task DisposeAsync()
    {
        foreach (var variable in _variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        await _zendesk.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
