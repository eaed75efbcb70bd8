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
}

/// <summary>One record ingest kept aside: where it was, which field, why, and its raw text.</summary>
public sealed record StoredReject(long Run, string Source, string Input, long Line, string Field, string Reason, string? Raw);
