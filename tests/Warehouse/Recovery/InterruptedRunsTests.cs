using Reporting.Testing;
using Reporting.Warehouse.Recovery;

namespace Reporting.Warehouse.Tests.Recovery;

/// <summary>A run whose process died is not left "running" with every count 0: the next open says what it committed.</summary>
public sealed class InterruptedRunsTests
{
    [Fact]
    public async Task A_run_left_running_is_marked_interrupted_with_its_committed_counts_when_the_file_is_next_opened()
    {
        await using var warehouse = await TempWarehouse.CreateAsync();
        await warehouse.Connection.RunAsync(
            """
            INSERT INTO ingest_runs (run_id, source, kind, input, started_at, status) VALUES
                (7, 'support', 'TicketCsv', 'big.csv', TIMESTAMP '2026-11-23 08:00:00', 'running'),
                (8, 'support', 'TicketCsv', 'done.csv', TIMESTAMP '2026-11-23 07:00:00', 'succeeded');
            INSERT INTO tickets (source, external_id, created_at, subject, body, tags, duplicate_of, affected_versions, fix_versions,
                                 deleted, content_hash, run_id, ingested_at)
            SELECT 'support', 'SUP-' || i, TIMESTAMP '2026-11-20 10:00:00', 's', '', [], [], [], [], false, 'h', 7, TIMESTAMP '2026-11-23 08:01:00'
            FROM range(3) r(i);
            INSERT INTO rejects VALUES ('support', 'big.csv', 12, 'created_at', 'not a date', 'x', 7, TIMESTAMP '2026-11-23 08:01:00');
            """);

        await warehouse.ReopenAsync();

        var runs = await warehouse.Connection.ListAsync<(long Run, string Status, long Read, long Ingested, long Rejected, string? Error)>(
            "SELECT run_id, status, records_read, ingested, rejected, error FROM ingest_runs ORDER BY run_id");
        Assert.Equal(
            [(7L, "interrupted", 4L, 3L, 1L, InterruptedRuns.Reason), (8L, "succeeded", 0L, 0L, 0L, null)],
            runs);
    }
}
