using DuckDB.NET.Data;

namespace Reporting.Warehouse.Recovery;

/// <summary>
/// An ingest run whose process died stays "running" with every count 0, although it committed its batches. When the
/// file is next opened for writing (DuckDB lets one process write, so no run can still be going), such runs are
/// marked <c>interrupted</c> with the counts they had committed: tickets they wrote and records they rejected.
/// </summary>
public static class InterruptedRuns
{
    public const string Reason = "the process stopped before the run finished; the counts are what it had committed";

    /// <summary>Returns how many runs were marked.</summary>
    public static Task<int> MarkAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            UPDATE ingest_runs SET
                status = 'interrupted',
                finished_at = coalesce(finished_at, now()::TIMESTAMP),
                ingested = (SELECT count(*) FROM tickets t WHERE t.run_id = ingest_runs.run_id),
                rejected = (SELECT count(*) FROM rejects j WHERE j.run_id = ingest_runs.run_id),
                records_read = (SELECT count(*) FROM tickets t WHERE t.run_id = ingest_runs.run_id)
                             + (SELECT count(*) FROM rejects j WHERE j.run_id = ingest_runs.run_id),
                error = $reason
            WHERE status = 'running'
            """,
            new { reason = Reason }, cancellationToken);
}
