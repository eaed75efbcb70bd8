using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>What ingest could not read and kept aside, newest run first, in file order.</summary>
public static class RejectQueries
{
    /// <summary>The longest list one call returns; the count says how many there are in all.</summary>
    public const int MaxRows = 100_000;

    public static Task<long> CountAsync(DuckDBConnection connection, long? run, CancellationToken cancellationToken) =>
        connection.ScalarAsync<long>("SELECT count(*) FROM rejects WHERE $run IS NULL OR run_id = $run", new { run }, cancellationToken);

    public static Task<IReadOnlyList<StoredReject>> ListAsync(DuckDBConnection connection, long? run, int limit, CancellationToken cancellationToken) =>
        connection.ListAsync<StoredReject>(
            """
            SELECT run_id AS Run, source AS Source, input AS Input, line AS Line, field AS Field, reason AS Reason, raw AS Raw
            FROM rejects WHERE $run IS NULL OR run_id = $run
            ORDER BY run_id DESC, source, input, line, field
            LIMIT $limit
            """,
            new { run, limit = Math.Clamp(limit, 0, MaxRows) }, cancellationToken);

    /// <summary>How many rejects one source (or every source, when null) has.</summary>
    public static Task<long> CountForSourceAsync(DuckDBConnection connection, string? source, CancellationToken cancellationToken) =>
        connection.ScalarAsync<long>("SELECT count(*) FROM rejects WHERE CAST($source AS VARCHAR) IS NULL OR source = $source", new { source }, cancellationToken);

    /// <summary>
    /// One page of rejects in the order of <see cref="ListAsync"/>, each raw text cut to its first
    /// <paramref name="rawChars"/> characters with its full length beside it, so a 50 MB record costs a page nothing.
    /// </summary>
    public static Task<IReadOnlyList<RejectExcerpt>> PageAsync(
        DuckDBConnection connection, string? source, int offset, int limit, int rawChars, CancellationToken cancellationToken) =>
        connection.ListAsync<RejectExcerpt>(
            """
            SELECT run_id AS Run, source AS Source, input AS Input, line AS Line, field AS Field, reason AS Reason,
                   left(raw, $rawChars) AS RawStart, coalesce(length(raw), 0) AS RawChars, rejected_at AS RejectedAt
            FROM rejects WHERE CAST($source AS VARCHAR) IS NULL OR source = $source
            ORDER BY run_id DESC, source, input, line, field
            LIMIT $limit OFFSET $offset
            """,
            new { source, offset = Math.Max(0, offset), limit = Math.Clamp(limit, 0, MaxRows), rawChars = Math.Clamp(rawChars, 0, MaxRawChars) },
            cancellationToken);

    /// <summary>The longest excerpt of raw text <see cref="PageAsync"/> returns.</summary>
    public const int MaxRawChars = 64 * 1024;

    /// <summary>The names of the sources that have rejects, for choosing one.</summary>
    public static Task<IReadOnlyList<string>> SourcesAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<string>("SELECT DISTINCT source FROM rejects ORDER BY source LIMIT $limit", new { limit = SourceQueries.MaxSources }, cancellationToken);
}

/// <summary>One record ingest kept aside: where it was, which field, why, and its raw text.</summary>
public sealed record StoredReject(long Run, string Source, string Input, long Line, string Field, string Reason, string? Raw);

/// <summary>One reject with the start of its raw text (<see cref="RawStart"/>) and the raw text's full length in characters.</summary>
public sealed record RejectExcerpt(
    long Run, string Source, string Input, long Line, string Field, string Reason, string? RawStart, long RawChars, DateTime RejectedAt);
