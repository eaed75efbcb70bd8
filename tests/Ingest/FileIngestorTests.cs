using Dapper;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Ingest.Tests;

public class FileIngestorTests
{
    private static FileIngestor Ingestor(TempWarehouse w) => new(w.Connection, TestClock.Create());

    [Fact]
    public async Task Csv_rows_are_ingested_or_rejected_and_the_counts_add_up()
    {
        await using var w = await TempWarehouse.CreateAsync();

        var summary = await Ingestor(w).IngestAsync(Fixture.Path("tickets.csv"), "support");

        Assert.Equal(9, summary.Total.Read);
        Assert.Equal(3, summary.Total.Ingested);
        Assert.Equal(6, summary.Total.Rejected);
        Assert.Equal(summary.Total.Read, summary.Total.Ingested + summary.Total.Rejected);
        Assert.Equal(3, summary.Total.New);
        var ids = await w.Connection.ListAsync<string>("SELECT external_id FROM tickets ORDER BY external_id");
        Assert.Equal(["SUP-1", "SUP-2", "SUP-6"], ids);
    }

    [Fact]
    public async Task Rejected_rows_are_kept_with_file_line_field_and_reason()
    {
        await using var w = await TempWarehouse.CreateAsync();

        await Ingestor(w).IngestAsync(Fixture.Path("tickets.csv"), "support");

        var rejects = (await w.Connection.QueryAsync<(string Input, long Line, string Field, string Reason, string Raw)>(
            "SELECT input, line, field, reason, raw FROM rejects ORDER BY line")).ToList();
        Assert.Equal([5L, 6, 7, 8, 10, 11], rejects.Select(r => r.Line));
        Assert.All(rejects, r => Assert.Equal("tickets.csv", r.Input));
        Assert.Equal("created_at", rejects[0].Field);
        Assert.Contains("'2026-13-45T99:00:00Z' is not an ISO-8601 timestamp", rejects[0].Reason);
        Assert.Contains("unbalanced quote", rejects[1].Reason);
        Assert.StartsWith("SUP-4,", rejects[1].Raw);
        Assert.Equal("expected 16 fields, found 11", rejects[2].Reason);
        Assert.Equal("id", rejects[4].Field);
        Assert.Equal("expected 16 fields, found 17", rejects[5].Reason);
    }

    [Fact]
    public async Task Fields_are_mapped_to_the_canonical_ticket()
    {
        await using var w = await TempWarehouse.CreateAsync();

        await Ingestor(w).IngestAsync(Fixture.Path("tickets.csv"), "support");

        var row = await w.Connection.QuerySingleAsync<(string Priority, string Body, List<string> Tags, DateTime FirstResponse, string Customer)>(
            "SELECT priority, body, tags, first_response_at, customer FROM tickets WHERE external_id = 'SUP-1'");
        Assert.Equal("high", row.Priority);
        Assert.Equal("Export of 10,000 rows fails with \"timeout\"", row.Body);
        Assert.Equal(["export", "timeout"], row.Tags);
        Assert.Equal(new DateTime(2026, 6, 1, 9, 30, 0), row.FirstResponse);
        var multiLine = await w.Connection.ScalarAsync<string>("SELECT body FROM tickets WHERE external_id = 'SUP-2'");
        Assert.Equal("Multi-line\nbody with a comma, and more", multiLine);
        var duplicateOf = await w.Connection.ScalarAsync<string>("SELECT duplicate_of[1] FROM tickets WHERE external_id = 'SUP-6'");
        Assert.Equal("SUP-1", duplicateOf);
        var customer = await w.Connection.ScalarAsync<string>("SELECT customer FROM tickets WHERE external_id = 'SUP-2'");
        Assert.Equal("Zoë Ltd", customer);
    }

    [Fact]
    public async Task Reingesting_the_same_input_changes_nothing()
    {
        await using var w = await TempWarehouse.CreateAsync();
        await Ingestor(w).IngestAsync(Fixture.Path("tickets.csv"), "support");
        var before = await Snapshot(w);

        var again = await Ingestor(w).IngestAsync(Fixture.Path("tickets.csv"), "support");

        Assert.Equal((0L, 0L, 3L), (again.Total.New, again.Total.Updated, again.Total.Unchanged));
        Assert.Equal(before, await Snapshot(w));
    }

    [Fact]
    public async Task An_updated_ticket_replaces_the_older_version()
    {
        await using var w = await TempWarehouse.CreateAsync();
        var dir = TempDirectory.Create("ingest");
        try
        {
            var file = Path.Combine(dir, "tickets.csv");
            File.Copy(Fixture.Path("tickets.csv"), file);
            await Ingestor(w).IngestAsync(file, "support");

            await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("SUP-6,2026-06-03T09:00:00Z,,,solved", "SUP-6,2026-06-03T09:00:00Z,,,closed"));
            var second = await Ingestor(w).IngestAsync(file, "support");

            Assert.Equal((0L, 1L, 2L), (second.Total.New, second.Total.Updated, second.Total.Unchanged));
            Assert.Equal("closed", await w.Connection.ScalarAsync<string>("SELECT status FROM tickets WHERE external_id = 'SUP-6'"));
            Assert.Equal(3, await w.Connection.ScalarAsync<long>("SELECT count(*) FROM tickets"));
        }
        finally
        {
            TempDirectory.Delete(dir);
        }
    }

    [Fact]
    public async Task Events_attach_to_known_tickets_and_orphans_are_rejected()
    {
        await using var w = await TempWarehouse.CreateAsync();
        await Ingestor(w).IngestAsync(Fixture.Path("tickets.csv"), "support");

        var summary = await Ingestor(w).IngestAsync(Fixture.Path("events.csv"), "support");

        Assert.Equal(5, summary.Total.Read);
        Assert.Equal(3, summary.Total.Ingested);
        Assert.Equal(2, summary.Total.Rejected);
        Assert.Equal(3, await w.Connection.ScalarAsync<long>("SELECT count(*) FROM ticket_events"));
        var orphan = await w.Connection.QuerySingleAsync<(long Line, string Reason)>(
            "SELECT line, reason FROM rejects WHERE input = 'events.csv' AND field = 'ticket_id'");
        Assert.Equal(4, orphan.Line);
        Assert.Contains("SUP-99", orphan.Reason);

        var again = await Ingestor(w).IngestAsync(Fixture.Path("events.csv"), "support");
        Assert.Equal(3, await w.Connection.ScalarAsync<long>("SELECT count(*) FROM ticket_events"));
        Assert.Equal(2, again.Total.Rejected);
    }

    [Fact]
    public async Task Json_lines_are_read_with_embedded_events_and_bad_lines_rejected()
    {
        await using var w = await TempWarehouse.CreateAsync();

        var summary = await Ingestor(w).IngestAsync(Fixture.Path("tickets.jsonl"));

        Assert.Equal("tickets", summary.Source);
        Assert.Equal((4L, 2L, 2L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        Assert.Equal(1, await w.Connection.ScalarAsync<long>("SELECT count(*) FROM ticket_events WHERE ticket_id = 'J-1'"));
        Assert.Equal(["crash", "editor"], (await w.Connection.ScalarAsync<List<string>>("SELECT tags FROM tickets WHERE external_id = 'J-2'"))!);
        var reasons = await w.Connection.ListAsync<string>("SELECT field || ':' || line FROM rejects ORDER BY line");
        Assert.Equal([":3", "created_at:5"], reasons);
    }

    [Fact]
    public async Task A_folder_loads_configuration_before_tickets_and_events()
    {
        await using var w = await TempWarehouse.CreateAsync();

        var summary = await Ingestor(w).IngestAsync(AppContext.BaseDirectory + "Fixtures", "support");

        Assert.Equal(
            ["teams.yaml", "absences.csv", "releases.csv", "rotation.csv", "jira-issues.jsonl", "tickets.csv", "tickets.jsonl", "events.csv"],
            summary.Inputs.Select(i => i.Input));
        Assert.Equal(summary.Total.Read, summary.Total.Ingested + summary.Total.Rejected);
    }

    [Fact]
    public async Task A_missing_path_fails_with_its_full_name()
    {
        await using var w = await TempWarehouse.CreateAsync();

        var ex = await Assert.ThrowsAsync<FileNotFoundException>(() => Ingestor(w).IngestAsync("no/such/file.csv"));

        Assert.Contains(Path.GetFullPath("no/such/file.csv"), ex.Message);
    }

    private static async Task<List<string>> Snapshot(TempWarehouse w) =>
        (await w.Connection.ListAsync<string>(
            "SELECT external_id || content_hash || run_id || ingested_at FROM tickets ORDER BY external_id"))
        .Concat(await w.Connection.ListAsync<string>("SELECT input || line || reason FROM rejects ORDER BY input, line"))
        .ToList();
}
