using Reporting.Testing;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Warehouse.Tests.Queries;

/// <summary>Each source's watermark, last run, last success, last error and rejects, read from what ingest and pulls record.</summary>
public sealed class SourceQueriesTests : IAsyncLifetime
{
    private static readonly DateTime Monday = new(2026, 11, 23, 6, 0, 0);
    private TempWarehouse _warehouse = null!;

    public async Task InitializeAsync()
    {
        _warehouse = await TempWarehouse.CreateAsync();
        await _warehouse.Connection.RunAsync(
            """
            INSERT INTO sources VALUES ('desk', 'zendesk', '1764000000', $monday + INTERVAL 1 HOUR), ('tracker', 'jira', '2026-11-20T10:00:00Z', $monday - INTERVAL 3 DAY);
            INSERT INTO ingest_runs (run_id, source, kind, input, started_at, finished_at, status, records_read, rejected, error) VALUES
                (1, 'files', 'file', '/data/tickets.csv', $monday - INTERVAL 2 DAY, $monday - INTERVAL 2 DAY + INTERVAL 5 MINUTE, 'succeeded', 1200, 3, NULL),
                (2, 'desk', 'pull', 'zendesk https://acme.zendesk.com/', $monday + INTERVAL 1 HOUR, $monday + INTERVAL 61 MINUTE, 'succeeded', 40, 0, NULL),
                (3, 'desk', 'pull', 'zendesk https://acme.zendesk.com/', $monday + INTERVAL 2 HOUR, $monday + INTERVAL 121 MINUTE, 'failed', 0, 0, 'GET https://acme.zendesk.com/api: still 503 after 2 attempt(s)'),
                (4, 'files', 'file', '/data/more.csv', $monday - INTERVAL 1 DAY, $monday - INTERVAL 1 DAY + INTERVAL 1 MINUTE, 'failed', 10, 0, 'the file ends inside a quoted field'),
                (5, 'files', 'file', '/data/fixed.csv', $monday, $monday + INTERVAL 2 MINUTE, 'succeeded', 10, 1, NULL);
            INSERT INTO rejects VALUES
                ('files', '/data/tickets.csv', 4, '', 'wrong field count', 'a,b', 1, $monday),
                ('files', '/data/tickets.csv', 9, 'created_at', 'bad date', 'x', 1, $monday),
                ('files', '/data/fixed.csv', 2, 'created_at', 'bad date', 'y', 5, $monday),
                ('old', '/data/old.csv', 1, '', 'empty id', NULL, 1, $monday);
            """, new { monday = Monday });
    }

    public async Task DisposeAsync() => await _warehouse.DisposeAsync();

    [Fact]
    public async Task Every_source_is_listed_with_its_watermark_last_run_last_success_last_error_and_rejects_most_recent_first()
    {
        var sources = await SourceQueries.StatusAsync(_warehouse.Connection, SourceQueries.MaxSources, CancellationToken.None);

        Assert.Equal(["desk", "files", "tracker", "old"], sources.Select(s => s.Name));
        Assert.Equal(
            new SourceStatus("desk", "zendesk", "1764000000", Monday.AddHours(1), 2, 3, "pull", "zendesk https://acme.zendesk.com/",
                Monday.AddHours(2), Monday.AddMinutes(121), "failed", 0, 0, Monday.AddMinutes(61),
                "GET https://acme.zendesk.com/api: still 503 after 2 attempt(s)", Monday.AddMinutes(121), 0),
            sources[0]);
        Assert.Equal(
            new SourceStatus("files", null, null, null, 3, 5, "file", "/data/fixed.csv", Monday, Monday.AddMinutes(2), "succeeded", 10, 1,
                Monday.AddMinutes(2), "the file ends inside a quoted field", Monday.AddDays(-1).AddMinutes(1), 3),
            sources[1]);
        Assert.Equal(("jira", 0L, (long?)null, 0L), (sources[2].Kind, sources[2].Runs, sources[2].LastRun, sources[2].Rejects));
        Assert.Equal((0L, (string?)null, 1L), (sources[3].Runs, sources[3].LastRunStatus, sources[3].Rejects));
        Assert.Equal(4, await SourceQueries.CountAsync(_warehouse.Connection, CancellationToken.None));
    }

    [Fact]
    public async Task The_list_is_bounded_by_the_limit_asked_and_never_beyond_the_maximum()
    {
        Assert.Equal(["desk", "files"], (await SourceQueries.StatusAsync(_warehouse.Connection, 2, CancellationToken.None)).Select(s => s.Name));
        Assert.Equal(4, (await SourceQueries.StatusAsync(_warehouse.Connection, int.MaxValue, CancellationToken.None)).Count);
        Assert.Empty(await SourceQueries.StatusAsync(_warehouse.Connection, -1, CancellationToken.None));
    }
}
