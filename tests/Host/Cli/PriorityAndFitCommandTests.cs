using System.Text.Json;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Cli;

/// <summary><c>priority train|suggest</c> and <c>fit ticket|evaluate</c> on the sample company.</summary>
[Collection(nameof(ConsoleCapture))]
public sealed class PriorityAndFitCommandTests(CliContractTests.Warehouse fixture) : IClassFixture<CliContractTests.Warehouse>
{
    [Fact]
    public async Task Training_a_priority_model_then_suggesting_for_a_stored_ticket_and_for_text()
    {
        var (trainExit, trained, trainError) = await fixture.RunAsync("priority", "train", "--db", "W", "--json");
        var (idExit, byId, idError) = await fixture.RunAsync("priority", "suggest", "--db", "W", "--id", "FIRST", "--json");
        var (textExit, byText, textError) = await fixture.RunAsync("priority", "suggest", "--db", "W", "--text", "Checkout is down for every customer\nPayments fail with 500 since the deploy");

        Assert.True(trainExit == 0, trainError);
        Assert.True(idExit == 0, idError);
        Assert.True(textExit == 0, textError);
        var training = JsonDocument.Parse(trained).RootElement;
        Assert.Equal(("priority-v0001", true), (training.GetProperty("model").GetString(), training.GetProperty("promoted").GetBoolean()));
        var priorities = await fixture.ScalarAsync("SELECT count(DISTINCT priority) FROM tickets WHERE priority IS NOT NULL");
        var suggestion = JsonDocument.Parse(byId).RootElement;
        Assert.Equal(Math.Min(3, priorities), suggestion.GetProperty("ranked").GetArrayLength());
        Assert.Equal("priority-v0001", suggestion.GetProperty("model").GetString());
        Assert.True(suggestion.GetProperty("current").ValueKind == JsonValueKind.String);
        Assert.Matches(@"^(Suggested priority: \w+ \(\d+ %\)|Needs a person: best guess \w+ \(\d+ %\), below the abstain threshold)\n", byText);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(fixture.Expand("W"))!, "models", "priority", "priority-v0001.zip")));
    }

    [Fact]
    public async Task Fit_of_a_ticket_says_its_range_and_verdict_and_the_evaluation_reports_coverage()
    {
        var (exit, output, error) = await fixture.RunAsync("fit", "ticket", "--db", "W", "--id", "FIRST");
        var (evaluateExit, evaluated, evaluateError) = await fixture.RunAsync("fit", "evaluate", "--db", "W", "--json");

        Assert.True(exit == 0, error);
        Assert.Matches(@"^\S+: (fits|tight|backlog|unknown) \(.+\)\n  time to resolve: ", output);
        Assert.True(evaluateExit == 0, evaluateError);
        var report = JsonDocument.Parse(evaluated).RootElement;
        var resolved = await fixture.ScalarAsync("SELECT count(*) FROM tickets WHERE NOT deleted AND resolved_at >= created_at");
        Assert.Equal(resolved, report.GetProperty("resolved").GetInt64());
        Assert.InRange(report.GetProperty("calibrated").GetProperty("coverage").GetDouble(), 0, 1);
    }
}
