using Reporting.Testing;

namespace Reporting.Host.Tests.Cli;

/// <summary><c>reporting ingest --explain PATH</c> prints how each column would be read and writes nothing.</summary>
[Collection(nameof(ConsoleCapture))]
public sealed class IngestExplainTests : IDisposable
{
    private readonly string _directory = TempDirectory.Create("ingest-explain");

    public void Dispose() => TempDirectory.Delete(_directory);

    [Fact]
    public async Task Explain_prints_the_preset_each_column_with_a_parsed_sample_and_leaves_the_warehouse_untouched()
    {
        var csv = Path.Combine(_directory, "jira.csv");
        var db = Path.Combine(_directory, "never.duckdb");
        await File.WriteAllTextAsync(csv, "Issue key,Summary,Created,Sprint\nPAY-12,Checkout fails,17/Nov/25 9:12 AM,Sprint 7\n");

        var (exit, output, error) = await CliRun.RunAsync("ingest", "--explain", csv, "--db", db);

        Assert.True(exit == 0, error);
        Assert.Equal(
            [
                "jira.csv: Jira CSV export, recognised by its header (preset jira)",
                "  dates: d'/'MMM'/'yy h:mm tt (like 17/Nov/25 9:12 AM), d'/'MMM'/'yyyy h:mm tt (like 17/Nov/2025 9:12 AM), " +
                "d'/'MMM'/'yy (like 17/Nov/25) or ISO-8601 (like 2025-11-17T09:12:00Z); times without an offset are UTC",
                "  lists: list items are separated by ';'",
                "  column     field       sample from the first rows",
                "  Issue key  id          PAY-12",
                "  Summary    subject     Checkout fails",
                "  Created    created_at  2025-11-17T09:12:00Z  (from '17/Nov/25 9:12 AM')",
                "  Sprint     (ignored)   Sprint 7",
            ],
            output.Split('\n')[..8]);
        Assert.Contains("  first 1 row(s): 1 would be read, 0 rejected\n", output, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was written (--explain).\n", output, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }
}
