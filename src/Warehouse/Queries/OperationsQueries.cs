using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// What an operator watches in the warehouse: each source's last successful pull and newest change, when capacity
/// was last stored, and how suggestions fare (abstentions, and triagers accepting rather than choosing another owner).
/// </summary>
public static class OperationsQueries
{
    /// <summary>
    /// Every source that was pulled or has tickets: when its last successful pull ended, its newest ticket change, and
    /// its last failed pull with the error, if any.
    /// </summary>
    public static Task<IReadOnlyList<SourceFreshness>> SourceFreshnessAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<SourceFreshness>(
            """
            WITH pulls AS (
                SELECT source,
                       max(finished_at) FILTER (WHERE status = 'succeeded') AS last_pull,
                       max(finished_at) FILTER (WHERE status = 'failed') AS last_failure,
                       arg_max(error, finished_at) FILTER (WHERE status = 'failed') AS last_error
                FROM ingest_runs WHERE kind = 'pull' GROUP BY source
            ), changes AS (
                SELECT source, max(greatest(created_at, coalesce(updated_at, created_at))) AS newest_change FROM tickets GROUP BY source
            )
            SELECT coalesce(p.source, c.source) AS Source, p.last_pull AS LastPull, c.newest_change AS NewestChange,
                   p.last_failure AS LastFailure, p.last_error AS LastError
            FROM pulls p FULL OUTER JOIN changes c ON c.source = p.source
            ORDER BY 1
            """, cancellationToken: cancellationToken);

    /// <summary>
    /// Fails when this connection may not write the warehouse (DuckDB refuses a write statement on a database opened
    /// read-only while binding it); changes nothing.
    /// </summary>
    public static Task ProveWritableAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync("UPDATE schema_info SET version = version WHERE false", cancellationToken: cancellationToken);

    /// <summary>When the capacity figures were last stored (the hourly refresh or a <c>capacity</c> run); null when never.</summary>
    public static Task<DateTime?> CapacityComputedAtAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ScalarAsync<DateTime?>("SELECT max(computed_at) FROM capacity_weeks", cancellationToken: cancellationToken);

    /// <summary>Owner suggestions stored since <paramref name="since"/>, and how many of them abstained.</summary>
    public static async Task<ShareOf> AbstentionsAsync(DuckDBConnection connection, DateTime since, CancellationToken cancellationToken) =>
        (await connection.ListAsync<ShareOf>(
            "SELECT count(*) FILTER (WHERE abstained) AS Part, count(*) AS Whole FROM owner_suggestions WHERE suggested_at >= $since",
            new { since }, cancellationToken))[0];

    /// <summary>Routing decisions (accept or choose) since <paramref name="since"/>, and how many accepted the suggested owner.</summary>
    public static async Task<ShareOf> AcceptancesAsync(DuckDBConnection connection, DateTime since, CancellationToken cancellationToken) =>
        (await connection.ListAsync<ShareOf>(
            """
            SELECT count(*) FILTER (WHERE kind = 'accept') AS Part, count(*) AS Whole
            FROM triage_decisions WHERE kind IN ('accept', 'choose') AND decided_at >= $since
            """,
            new { since }, cancellationToken))[0];
}

/// <summary>A source's last successful pull, its newest ticket change (created or updated) and its last failed pull; any may be null.</summary>
public sealed record SourceFreshness(string Source, DateTime? LastPull, DateTime? NewestChange, DateTime? LastFailure, string? LastError);

/// <summary>A part of a whole, e.g. abstentions among suggestions; <see cref="Ratio"/> is null when the whole is empty.</summary>
public sealed record ShareOf(long Part, long Whole)
{
    public double? Ratio => Whole == 0 ? null : (double)Part / Whole;
}
