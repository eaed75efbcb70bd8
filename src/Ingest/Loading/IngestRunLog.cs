using DuckDB.NET.Data;
using Reporting.Warehouse;

namespace Reporting.Ingest.Loading;

/// <summary>Records each ingest or pull run, so every ticket row can be traced to the run that wrote it.</summary>
public sealed class IngestRunLog(DuckDBConnection connection, TimeProvider time)
{
    public async Task<long> StartAsync(string source, string kind, string input, CancellationToken cancellationToken = default)
    {
        var runId = await connection.ScalarAsync<long>("SELECT nextval('ingest_run_ids')", cancellationToken: cancellationToken);
        await connection.RunAsync(
            """
            INSERT INTO ingest_runs (run_id, source, kind, input, started_at, status)
            VALUES ($runId, $source, $kind, $input, $now, 'running')
            """,
            new { runId, source, kind, input, now = time.GetUtcNow().UtcDateTime }, cancellationToken);
        return runId;
    }

    public Task FinishAsync(long runId, IngestCounts counts, string? error, CancellationToken cancellationToken = default) =>
        connection.RunAsync(
            """
            UPDATE ingest_runs
            SET finished_at = $now, status = $status, records_read = $read, ingested = $ingested, rejected = $rejected,
                new_tickets = $created, updated_tickets = $updated, unchanged_tickets = $unchanged, error = $error
            WHERE run_id = $runId
            """,
            new
            {
                runId,
                now = time.GetUtcNow().UtcDateTime,
                status = error is null ? "succeeded" : "failed",
                read = counts.Read,
                ingested = counts.Ingested,
                rejected = counts.Rejected,
                created = counts.New,
                updated = counts.Updated,
                unchanged = counts.Unchanged,
                error,
            },
            cancellationToken);
}
