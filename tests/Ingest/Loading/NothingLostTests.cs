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
    public async Task A_truncated_gzip_file_fails_the_run_with_the_reason_and_keeps_what_was_read_before()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var rows = string.Concat(Enumerable.Range(1, 30_000).Select(i => $"SUP-{i},2026-06-01T09:00:00Z,Ticket number {i} about {i * 7919 % 1000}\n"));
        var whole = Path.Combine(_directory, "whole.csv.gz");
        await using (var file = File.Create(whole))
        await using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Optimal))
        {
            await gzip.WriteAsync(System.Text.Encoding.UTF8.GetBytes("id,created_at,subject\n" + rows));
        }

        var truncated = Path.Combine(_directory, "truncated.csv.gz");
        var bytes = await File.ReadAllBytesAsync(whole);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length * 6 / 10)]);
        var ingestor = new FileIngestor(w.Connection, TestClock.Create());

        var error = await Assert.ThrowsAsync<IncompleteInputException>(() => ingestor.IngestAsync(truncated, "cut"));
        var complete = await ingestor.IngestAsync(whole, "whole");

        Assert.StartsWith("truncated.csv.gz: the gzip file is truncated or corrupt", error.Message, StringComparison.Ordinal);
        var run = (await w.Connection.ListAsync<(string Status, long Read, long Ingested, long Rejected, string Error)>(
            "SELECT status, records_read, ingested, rejected, error FROM ingest_runs WHERE source = 'cut'"))[0];
        var stored = await w.Connection.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE source = 'cut'");
        Assert.Equal(("failed", error.Message), (run.Status, run.Error));
        Assert.Equal((error.Counts.Read, error.Counts.Ingested, error.Counts.Rejected), (run.Read, run.Ingested, run.Rejected));
        Assert.Equal(run.Read, run.Ingested + run.Rejected);
        Assert.Equal(stored, run.Ingested);
        Assert.InRange(stored, 1_000, 29_999);
        Assert.Equal((30_000L, 30_000L, 0L), (complete.Total.Read, complete.Total.Ingested, complete.Total.Rejected));
    }

    [Fact]
    public async Task A_latin_1_csv_is_read_as_windows_1252_not_stored_as_replacement_characters()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var path = Path.Combine(_directory, "latin1.csv");
        // The issue's example, and 0x80: the euro sign in Windows-1252, what such exports are written in.
        await File.WriteAllBytesAsync(path, [.. System.Text.Encoding.Latin1.GetBytes("id,created_at,subject\nSUP-1,2026-06-01T09:00:00Z,Süßes café 5 "), 0x80, (byte)'\n']);

        var summary = await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(path, "support");

        Assert.Equal((1L, 1L, 0L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        Assert.Equal("Süßes café 5 €", await w.Connection.ScalarAsync<string>("SELECT subject FROM tickets"));
    }

    [Fact]
    public async Task A_file_that_stops_being_utf8_after_its_start_fails_with_the_place_and_keeps_what_came_before()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var path = Path.Combine(_directory, "mixed.csv");
        var utf8 = System.Text.Encoding.UTF8.GetBytes("id,created_at,subject\n" +
            string.Concat(Enumerable.Range(1, 5_000).Select(i => $"SUP-{i},2026-06-01T09:00:00Z,Ticket {i} with enough text to pass the sniffed start\n")));
        await File.WriteAllBytesAsync(path, [.. utf8, .. System.Text.Encoding.Latin1.GetBytes("SUP-X,2026-06-01T09:00:00Z,Süß\n")]);

        var error = await Assert.ThrowsAsync<IncompleteInputException>(() => new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(path, "support"));

        Assert.StartsWith("mixed.csv: after record ", error.Message, StringComparison.Ordinal);
        Assert.Contains("the text is not valid utf-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Counts.Ingested, await w.Connection.ScalarAsync<long>("SELECT count(*) FROM tickets"));
        Assert.Equal(0, await w.Connection.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE subject LIKE '%\uFFFD%'"));
        Assert.Equal("failed", await w.Connection.ScalarAsync<string>("SELECT status FROM ingest_runs"));
    }

    [Fact]
    public void An_encoding_is_found_by_name_or_refused_naming_known_ones()
    {
        Assert.Equal(1252, TextEncodings.Named("windows-1252").CodePage);
        Assert.Equal(65001, TextEncodings.Named("UTF-8").CodePage);
        Assert.StartsWith("Unknown encoding 'klingon'", Assert.Throws<UserInputException>(() => TextEncodings.Named("klingon")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tickets_created_before_1990_or_after_the_run_are_rejected_with_the_reason()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var csv = await WriteAsync("dates.csv",
            "id,created_at,subject\nSUP-1,9999-12-31T00:00:00Z,far future\nSUP-2,1989-12-31T23:59:59Z,too old\nSUP-3,2026-11-24T23:00:00Z,tomorrow\n");

        var summary = await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(csv, "support");

        Assert.Equal((3L, 1L, 2L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        Assert.Equal(
            [
                (2L, "created_at", "created 9999-12-31 is outside the plausible range 1990-01-01 to 2026-11-24 (the day after the run)", "SUP-1: far future"),
                (3L, "created_at", "created 1989-12-31 is outside the plausible range 1990-01-01 to 2026-11-24 (the day after the run)", "SUP-2: too old"),
            ],
            await w.Connection.ListAsync<(long, string, string, string)>("SELECT line, field, reason, raw FROM rejects ORDER BY line"));
    }

    [Fact]
    public async Task The_plausible_range_is_configurable_and_a_range_that_cannot_hold_a_ticket_is_refused_before_reading()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var csv = await WriteAsync("range.csv",
            "id,created_at,subject\nSUP-1,2009-12-31T00:00:00Z,old\nSUP-2,2026-11-30T00:00:00Z,next week\nSUP-3,2026-12-02T00:00:00Z,too far\n");

        var summary = await new FileIngestor(w.Connection, TestClock.Create()) { Earliest = new DateOnly(2010, 1, 1), DaysAfterRun = 7 }
            .IngestAsync(csv, "support");

        Assert.Equal((3L, 1L, 2L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        Assert.Equal("created 2026-12-02 is outside the plausible range 2010-01-01 to 2026-11-30 (7 days after the run)",
            await w.Connection.ScalarAsync<string>("SELECT reason FROM rejects WHERE line = 4"));
        var refused = await Assert.ThrowsAsync<UserInputException>(() =>
            new FileIngestor(w.Connection, TestClock.Create()) { DaysAfterRun = 400 }.IngestAsync(csv, "support"));
        Assert.Equal("--days-after-run must be between 0 and 366, not 400", refused.Message);
        Assert.Equal(1L, await w.Connection.ScalarAsync<long>("SELECT count(*) FROM ingest_runs"));
    }

    [Fact]
    public void Text_without_nul_is_stored_unchanged()
    {
        Assert.Equal("tab\tand\u0001bell", StoredText.Escape("tab\tand\u0001bell"));
        Assert.Null(StoredText.Escape(null));
    }
}
