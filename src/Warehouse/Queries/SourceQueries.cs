using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// Where the warehouse's tickets come from and how each source's last runs went: every name that has a watermark,
/// an ingest or pull run, or rejects, with its watermark, last run, last success, last error and rejects count.
/// </summary>
public static class SourceQueries
{
    /// <summary>The most sources one call lists, most recently run first; the count says how many there are.</summary>
    public const int MaxSources = 500;

    private const string Names =
        """
        WITH names AS (
            SELECT name FROM sources
            UNION SELECT source FROM ingest_runs
            UNION SELECT source FROM rejects
        )
        """;

    /// <summary>The kind of source that wrote a name's watermark, and the watermark; null when the name has none.</summary>
    public static async Task<(string Kind, string? Watermark)?> WatermarkAsync(DuckDBConnection connection, string name, CancellationToken cancellationToken)
    {
        var rows = await connection.ListAsync<(string Kind, string? Watermark)>(
            "SELECT kind, watermark FROM sources WHERE name = $name", new { name }, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public static Task<long> CountAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ScalarAsync<long>($"{Names} SELECT count(*) FROM names", cancellationToken: cancellationToken);

    public static Task<IReadOnlyList<SourceStatus>> StatusAsync(DuckDBConnection connection, int limit, CancellationToken cancellationToken) =>
        connection.ListAsync<SourceStatus>(
            $"""
            {Names},
            last_run AS (
                SELECT * FROM ingest_runs
                QUALIFY row_number() OVER (PARTITION BY source ORDER BY started_at DESC, run_id DESC) = 1
            ),
            last_error AS (
                SELECT source, error, coalesce(finished_at, started_at) AS at FROM ingest_runs WHERE error IS NOT NULL
                QUALIFY row_number() OVER (PARTITION BY source ORDER BY started_at DESC, run_id DESC) = 1
            ),
            runs AS (
                SELECT source, count(*) AS runs,
                       max(coalesce(finished_at, started_at)) FILTER (WHERE status = 'succeeded') AS succeeded_at
                FROM ingest_runs GROUP BY source
            ),
            rejected AS (SELECT source, count(*) AS n FROM rejects GROUP BY source)
            SELECT n.name AS Name, s.kind AS Kind, s.watermark AS Watermark, s.updated_at AS WatermarkAt,
                   coalesce(runs.runs, 0) AS Runs,
                   r.run_id AS LastRun, r.kind AS LastRunKind, r.input AS LastRunInput, r.started_at AS LastRunAt,
                   r.finished_at AS LastRunFinishedAt, r.status AS LastRunStatus, r.records_read AS LastRunRead, r.rejected AS LastRunRejected,
                   runs.succeeded_at AS LastSucceededAt, e.error AS LastError, e.at AS LastErrorAt,
                   coalesce(j.n, 0) AS Rejects
            FROM names n
            LEFT JOIN sources s ON s.name = n.name
            LEFT JOIN last_run r ON r.source = n.name
            LEFT JOIN last_error e ON e.source = n.name
            LEFT JOIN runs ON runs.source = n.name
            LEFT JOIN rejected j ON j.source = n.name
            ORDER BY coalesce(r.started_at, s.updated_at) DESC NULLS LAST, n.name
            LIMIT $limit
            """,
            new { limit = Math.Clamp(limit, 0, MaxSources) }, cancellationToken);
}

/// <summary>
/// One source: its watermark (API sources only: how far pulls have read), its run count, its last run (kind
/// <c>pull</c> or <c>file</c>, status <c>running</c>, <c>succeeded</c>, <c>failed</c> or <c>interrupted</c>), when a run last
/// succeeded, the last error any run ended with, and how many of its records sit in <c>rejects</c>.
/// </summary>
public sealed record SourceStatus(
    string Name, string? Kind, string? Watermark, DateTime? WatermarkAt, long Runs,
    long? LastRun, string? LastRunKind, string? LastRunInput, DateTime? LastRunAt, DateTime? LastRunFinishedAt, string? LastRunStatus,
    long? LastRunRead, long? LastRunRejected, DateTime? LastSucceededAt, string? LastError, DateTime? LastErrorAt, long Rejects);
