using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Host.Tests.Cli;

/// <summary>
/// <c>reporting setup propose</c> and <c>setup check</c> end to end on real Jira issues: the draft teams.yaml is
/// ingested as it is and capacity runs on it; check lists what is left to fill in and exits 2.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public sealed class SetupCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-setup-cli-").FullName;

    private string Database => Path.Combine(_directory, "jira.duckdb");

    private string Draft => Path.Combine(_directory, "teams.yaml");

    private static string JiraIssues => Path.Combine(AppContext.BaseDirectory, "FakeApis", "Fixtures", "jira-more-issues.jsonl");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => CliRun.RunAsync(TestClock.Create(), args);

    [Fact]
    public async Task A_draft_proposed_from_jira_issues_is_ingested_as_it_is_and_capacity_runs_on_it()
    {
        Assert.Equal(0, (await RunAsync("ingest", JiraIssues, "--db", Database)).Exit);

        var (proposeExit, proposed, proposeError) = await RunAsync("setup", "propose", "--db", Database, "--out", Draft, "--min-tickets", "1", "--active-weeks", "520");
        var (ingestExit, _, ingestError) = await RunAsync("ingest", Draft, "--db", Database);
        var (capacityExit, capacity, capacityError) = await RunAsync("capacity", "--db", Database, "--from", "2016-01-04", "--to", "2016-12-31");

        Assert.True(proposeExit == 0, proposeError);
        Assert.StartsWith($"Wrote {Draft}: 4 teams, 11 members, 4 services; 0 teams left out", proposed, StringComparison.Ordinal);
        Assert.True(ingestExit == 0, ingestError);
        Assert.True(capacityExit == 0, capacityError);
        Assert.StartsWith("4 teams and 11 engineers from the team configuration", capacity, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_prints_one_line_per_finding_and_exits_2_and_0_once_they_are_fixed()
    {
        await RunAsync("ingest", JiraIssues, "--db", Database);
        await RunAsync("setup", "propose", "--db", Database, "--out", Draft, "--min-tickets", "1", "--active-weeks", "520");
        await RunAsync("ingest", Draft, "--db", Database);

        var (exit, output, error) = await RunAsync("setup", "check", "--db", Database);
        var (jsonExit, json, _) = await RunAsync("setup", "check", "--db", Database, "--json");
        await File.WriteAllTextAsync(Path.Combine(_directory, "rotation.csv"),
            "week,team,engineer\n2016-W47,HADOOP,sureshms\n2016-W47,HDFS,lucaslm\n2016-W47,MAPREDUCE,aw\n2016-W47,YARN,sandyr\n");
        await RunAsync("ingest", Path.Combine(_directory, "rotation.csv"), "--db", Database);
        var filledIn = (await File.ReadAllTextAsync(Draft)).Replace("pm@example.invalid", "pm@example.com", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Draft, filledIn);
        var (cleanExit, clean, _) = await RunAsync("setup", "check", "--db", Database, "--teams", Draft);

        Assert.Equal(("", 2), (error, exit));
        Assert.Equal(
            [
                "placeholder_pm: team 'HADOOP': the product manager is still the placeholder <pm@example.invalid>: fill in their name, e-mail and time zone",
                "placeholder_pm: team 'HDFS': the product manager is still the placeholder <pm@example.invalid>: fill in their name, e-mail and time zone",
                "placeholder_pm: team 'MAPREDUCE': the product manager is still the placeholder <pm@example.invalid>: fill in their name, e-mail and time zone",
                "placeholder_pm: team 'YARN': the product manager is still the placeholder <pm@example.invalid>: fill in their name, e-mail and time zone",
                "rotation_missing: no rotation is loaded: capacity puts members on rotation round-robin (load rotation.csv or a calendar .ics)",
                "5 finding(s)",
            ],
            output.TrimEnd('\n').Split('\n'));
        Assert.Equal(2, jsonExit);
        using var document = JsonDocument.Parse(json);
        Assert.Equal((false, 5), (document.RootElement.GetProperty("clean").GetBoolean(), document.RootElement.GetProperty("count").GetInt32()));
        Assert.Equal("rotation_missing", document.RootElement.GetProperty("findings")[4].GetProperty("kind").GetString());
        Assert.Equal((0, "clean: the configuration matches the warehouse\n"), (cleanExit, clean));
    }
}
