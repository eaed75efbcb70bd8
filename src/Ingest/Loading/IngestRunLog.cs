using DuckDB.NET.Data;
using Reporting.Warehouse.Queries;

namespace Reporting.Ingest.Loading;

/// <summary>Records each ingest or pull run, so every ticket row can be traced to the run that wrote it.</summary>
public sealed class IngestRunLog(DuckDBConnection connection, TimeProvider time)
{
    public Task<long> StartAsync(string source, string kind, string input, CancellationToken cancellationToken = default) =>
        IngestRunQueries.StartAsync(connection, source, kind, input, time.GetUtcNow().UtcDateTime, cancellationToken);

    public Task FinishAsync(long runId, IngestCounts counts, string? error, CancellationToken cancellationToken = default) =>
        IngestRunQueries.FinishAsync(
            connection, runId, time.GetUtcNow().UtcDateTime,
            new FinishedRun(counts.Read, counts.Ingested, counts.Rejected, counts.New, counts.Updated, counts.Unchanged, error),
            cancellationToken);
}
