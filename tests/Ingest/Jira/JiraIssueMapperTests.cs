using Dapper;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Ingest.Tests.Jira;

/// <summary>Real Apache Jira issues (a few lines cut from the shared dataset) mapped to canonical tickets.</summary>
public class JiraIssueMapperTests
{
    private static async Task<TempWarehouse> Ingested()
    {
        var w = await TempWarehouse.CreateAsync();
        var summary = await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(Fixture.Path("jira-issues.jsonl"), "apache");
        Assert.Equal((4L, 4L, 0L), (summary.Total.Read, summary.Total.Ingested, summary.Total.Rejected));
        return w;
    }

    [Fact]
    public async Task Project_and_first_component_become_product_and_service()
    {
        await using var w = await Ingested();

        var rows = (await w.Connection.QueryAsync<(string Id, string Product, string? Service)>(
            "SELECT external_id, product, service FROM tickets ORDER BY external_id")).ToList();

        Assert.Equal(("HADOOP-11443", "HADOOP", "HADOOP/security"), rows.Single(r => r.Id == "HADOOP-11443"));
        Assert.Equal(("HDFS-10296", "HDFS", "HDFS/encryption"), rows.Single(r => r.Id == "HDFS-10296"));
        Assert.Null(rows.Single(r => r.Id == "HDFS-1018").Service);
    }

    [Fact]
    public async Task Duplicate_links_are_kept_and_other_links_are_not()
    {
        await using var w = await Ingested();

        Assert.Equal(["HADOOP-11365"], (await w.Connection.ScalarAsync<List<string>>(
            "SELECT duplicate_of FROM tickets WHERE external_id = 'HADOOP-11443'"))!);
        Assert.Empty((await w.Connection.ScalarAsync<List<string>>(
            "SELECT duplicate_of FROM tickets WHERE external_id = 'HDFS-10296'"))!);
    }

    [Fact]
    public async Task Comments_become_events_and_the_first_reply_by_someone_else_is_the_first_response()
    {
        await using var w = await Ingested();

        var events = (await w.Connection.QueryAsync<(string Actor, DateTime At)>(
            "SELECT actor, occurred_at FROM ticket_events WHERE ticket_id = 'HADOOP-11443' ORDER BY occurred_at")).ToList();
        var firstResponse = await w.Connection.ScalarAsync<DateTime>(
            "SELECT first_response_at FROM tickets WHERE external_id = 'HADOOP-11443'");

        Assert.Equal(["gchanan", "wheat9"], events.Select(e => e.Actor));
        // gchanan reported the issue and commented first; wheat9's reply is the first response.
        Assert.Equal(new DateTime(2014, 12, 23, 2, 19, 6, 259), firstResponse);
    }

    [Fact]
    public async Task Jira_timestamps_with_compact_offsets_are_read_as_utc()
    {
        await using var w = await Ingested();

        var created = await w.Connection.ScalarAsync<DateTime>("SELECT created_at FROM tickets WHERE external_id = 'HADOOP-11365'");

        Assert.Equal(new DateTime(2014, 12, 9, 1, 51, 39, 239), created);
    }
}
