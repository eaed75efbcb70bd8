using System.Text.Json;
using Reporting.Ingest.Files;
using Reporting.Ingest.Jira;
using Reporting.Ingest.Loading;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Ingest.Tests.Loading;

/// <summary>Input that used to be lost without a word is now kept, or refused with a reason that says what is wrong.</summary>
public sealed class NothingLostTests : IDisposable
{
    private readonly string _directory = TempDirectory.Create("nothing-lost");

    public void Dispose() => TempDirectory.Delete(_directory);

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    [Fact]
    public async Task A_nul_character_is_kept_escaped_and_the_text_after_it_is_not_lost()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var csv = await WriteAsync("nul.csv", "id,created_at,subject,body\nSUP-1,2026-06-01T09:00:00Z,before\0after,log line 1\0log line 2\n");

        var summary = await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(csv, "support");

        Assert.Equal((1L, 1L, 0L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        Assert.Equal(("before\\u0000after", "log line 1\\u0000log line 2"),
            (await w.Connection.ListAsync<(string, string)>("SELECT subject, body FROM tickets"))[0]);
    }

    [Fact]
    public async Task Duplicate_header_names_end_the_file_with_an_error_naming_them()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var csv = await WriteAsync("dup.csv", "id,created_at,subject,subject,ID\nSUP-1,2026-06-01T09:00:00Z,a,b,SUP-1\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(csv, "support"));

        Assert.Equal($"{csv}:1: header names column(s) id, subject more than once; rename or remove the extra column(s)",
            error.Message.Replace(Path.GetFileName(csv) + ":1", csv + ":1", StringComparison.Ordinal));
        Assert.Equal(0, await w.Connection.ScalarAsync<long>("SELECT count(*) FROM tickets"));
    }

    [Theory]
    [InlineData("1763370720000", "created is a number (1763370720000), expected a date such as 2011-06-14T10:02:10.000+0000")]
    [InlineData("true", "created is a boolean (true), expected a date such as 2011-06-14T10:02:10.000+0000")]
    [InlineData("{\"at\":\"2025-11-17\"}", "created is an object ({\"at\":\"2025-11-17\"}), expected a date such as 2011-06-14T10:02:10.000+0000")]
    public void A_jira_created_of_another_type_is_rejected_saying_what_it_is(string created, string reason)
    {
        using var issue = JsonDocument.Parse("{\"key\":\"ABC-1\",\"fields\":{\"summary\":\"s\",\"created\":" + created + ",\"project\":{\"key\":\"ABC\"}}}");

        var error = Assert.Throws<RecordFormatException>(() => JiraIssueMapper.Map(issue.RootElement, "jira"));

        Assert.Equal(("created", reason), (error.Field, error.Reason));
    }

    [Fact]
    public void Text_without_nul_is_stored_unchanged()
    {
        Assert.Equal("tab\tand\u0001bell", StoredText.Escape("tab\tand\u0001bell"));
        Assert.Null(StoredText.Escape(null));
    }
}
