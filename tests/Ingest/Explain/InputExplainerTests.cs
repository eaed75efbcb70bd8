using Reporting.Ingest.Explain;
using Reporting.Ingest.Files;
using Reporting.Ingest.Mapping;
using Reporting.Testing;

namespace Reporting.Ingest.Tests.Explain;

/// <summary><c>ingest --explain</c>: how each column would be read, from the first rows, before anything is written.</summary>
public sealed class InputExplainerTests : IDisposable
{
    private readonly string _directory = TempDirectory.Create("explain");

    public void Dispose() => TempDirectory.Delete(_directory);

    private static List<(string Column, string Fields, string? Sample, string? From, string? Problem)> Shown(IReadOnlyList<ColumnExplanation> columns) =>
        columns.Select(c => (c.Column, string.Join(", ", c.Fields), c.Sample, c.From, c.Problem)).ToList();

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    [Fact]
    public async Task A_recognised_export_is_explained_column_by_column_with_samples_and_the_rows_that_would_fail()
    {
        var path = await WriteAsync("jira.csv",
            "Issue key,Summary,Created,Component/s,Priority,Sprint,Due Date\n" +
            "PAY-12,Checkout fails,17/Nov/25 9:12 AM,Checkout,Highest,Sprint 7,\n" +
            "PAY-14,Bad clock,17/Nov/25 9:12,,Low,,\n");

        var explanation = (await new InputExplainer().ExplainAsync(path)).Single();

        Assert.Equal(("jira.csv", InputKind.JiraCsv, "Jira CSV export, recognised by its header (preset jira)"),
            (explanation.Input, explanation.Kind, explanation.Reads));
        Assert.Equal(
            [
                ("Issue key", "id", "PAY-12", "PAY-12", null),
                ("Summary", "subject", "Checkout fails", "Checkout fails", null),
                ("Created", "created_at", "2025-11-17T09:12:00Z", "17/Nov/25 9:12 AM", null),
                ("Component/s", "service, tags", "Checkout", "Checkout", null),
                ("Priority", "priority", "urgent", "Highest", null),
                ("Sprint", "", null, "Sprint 7", null),
                ("Due Date", "", null, null, null),
            ],
            Shown(explanation.Columns));
        Assert.Equal((2, 1), (explanation.RowsSampled, explanation.RowsRead));
        Assert.Equal(["jira.csv:3: field Created: Created '17/Nov/25 9:12' does not match d'/'MMM'/'yy h:mm tt (like 17/Nov/25 9:12 AM), " +
                      "d'/'MMM'/'yyyy h:mm tt (like 17/Nov/2025 9:12 AM), d'/'MMM'/'yy (like 17/Nov/25) or ISO-8601 (like 2025-11-17T09:12:00Z)"],
            explanation.Problems);
        Assert.Contains("Description → body", explanation.Absent);
        Assert.Equal("list items are separated by ';'", explanation.Lists);
    }

    [Fact]
    public async Task With_a_mapping_file_a_csv_is_explained_as_the_mapping_reads_it_and_a_value_it_cannot_read_says_why()
    {
        var mapping = MappingFile.Parse("columns:\n  Ref: id\n  Opened: created_at\n  Spent: time_spent_seconds\ndates:\n  format: dd.MM.yyyy\n", "m.yaml");
        var path = await WriteAsync("other.csv", "Ref,Opened,Spent,Notes\nA-1,17.11.2025,a while,first\n");

        var explanation = (await new InputExplainer(mapping).ExplainAsync(path)).Single();

        Assert.Equal((InputKind.MappedCsv, "mapping file m.yaml"), (explanation.Kind, explanation.Reads));
        Assert.Equal(
            [
                ("Ref", "id", "A-1", "A-1", null),
                ("Opened", "created_at", "2025-11-17T00:00:00Z", "17.11.2025", null),
                ("Spent", "time_spent_seconds", null, "a while", "Spent 'a while' is not a duration (seconds, or h:mm)"),
                ("Notes", "", null, "first", null),
            ],
            Shown(explanation.Columns));
        Assert.Equal("dd.MM.yyyy (like 17.11.2025) or ISO-8601 (like 2025-11-17T09:12:00Z); times without an offset are UTC", explanation.Dates);
        Assert.Equal((1, 0), (explanation.RowsSampled, explanation.RowsRead));
    }

    [Fact]
    public async Task A_folder_is_explained_file_by_file_in_the_order_ingest_reads_them()
    {
        await WriteAsync("rotation.csv", "week,team,engineer\n2026-W22,Core,Ana\n");
        await WriteAsync("tickets.csv", "id,created_at,subject\nSUP-1,2026-06-01T09:00:00Z,Login fails\n");
        await WriteAsync("issues.json", "[{\"number\":1,\"title\":\"Crash\",\"created_at\":\"2026-06-01T09:00:00Z\",\"state\":\"open\"}]");

        var explanations = await new InputExplainer().ExplainAsync(_directory);

        Assert.Equal(
            [
                ("rotation.csv", "company configuration: support rotation (week, team, engineer)"),
                ("issues.json", "GitHub issues JSON (a REST array or gh issue list --json output)"),
                ("tickets.csv", "tickets CSV (canonical columns)"),
            ],
            explanations.Select(e => (e.Input, e.Reads)));
        Assert.Equal(("title", "subject", "Crash", (string?)null, (string?)null), Shown(explanations[1].Columns)[1]);
    }
}
