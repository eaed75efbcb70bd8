using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>The log of ingest and pull runs: a run is opened as running, then closed with its counts or its error.</summary>
public static class IngestRunQueries
{
    /// <summary>Opens a run and returns its id (from the warehouse's sequence).</summary>
    public static async Task<long> StartAsync(
        DuckDBConnection connection, string source, string kind, string input, DateTime now, CancellationToken cancellationToken)
    {
        var runId = await connection.ScalarAsync<long>("SELECT nextval('ingest_run_ids')", cancellationToken: cancellationToken);
        await connection.RunAsync(
            """
            INSERT INTO ingest_runs (run_id, source, kind, input, started_at, status)
            VALUES ($runId, $source, $kind, $input, $now, 'running')
            """,
            new { runId, source, kind, input, now }, cancellationToken);
        return runId;
    }

    /// <summary>Closes a run: succeeded without an error, failed with one.</summary>
    public static Task FinishAsync(DuckDBConnection connection, long runId, DateTime now, FinishedRun run, CancellationToken cancellationToken) =>
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
                now,
                status = run.Error is null ? "succeeded" : "failed",
                read = run.Read,
                ingested = run.Ingested,
                rejected = run.Rejected,
                created = run.New,
                updated = run.Updated,
                unchanged = run.Unchanged,
                error = run.Error,
            },
            cancellationToken);
}

/// <summary>A run's counts as the log keeps them, and its error when it failed.</summary>
public sealed record FinishedRun(long Read, long Ingested, long Rejected, long New, long Updated, long Unchanged, string? Error);
