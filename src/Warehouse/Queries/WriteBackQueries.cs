using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// Write-back to the tickets' own systems: which tickets have a decision worth writing (a suggestion above a threshold,
/// or an owner a triager accepted or chose), and the record of each action written, one row per ticket, decision and
/// action, claimed before the request so a restart never writes it again.
/// </summary>
public static class WriteBackQueries
{
    public const string Sending = "sending";
    public const string Written = "written";
    public const string Failed = "failed";

    /// <summary>The most candidates one call returns: a run writes at most this many tickets.</summary>
    public const int MaxCandidates = 1000;

    private const string Ticket =
        """
        t.source AS Source, t.external_id AS TicketId, t.subject AS Subject, t.body AS Body, t.product AS Product, t.priority AS Priority,
        t.type AS Type, t.customer AS Customer, len(t.affected_versions) AS AffectedVersions,
        o.owners[1] AS Owner1, o.probabilities[1] AS Probability1, o.owners[2] AS Owner2, o.probabilities[2] AS Probability2,
        o.owners[3] AS Owner3, o.probabilities[3] AS Probability3
        """;

    /// <summary>
    /// Open tickets of one source created since <paramref name="createdSince"/> whose top suggested owner reaches
    /// <paramref name="threshold"/> (not abstained, not out of scope); the decision is <c>suggested:OWNER</c>. Tickets
    /// with <paramref name="actions"/> actions already recorded for that decision (written, sending or failed) are left out.
    /// </summary>
    public static Task<IReadOnlyList<WriteBackCandidate>> AboveThresholdAsync(
        DuckDBConnection connection, string source, double threshold, DateTime createdSince, int actions, int limit, CancellationToken cancellationToken) =>
        connection.ListAsync<WriteBackCandidate>(
            $"""
            SELECT * FROM (
                SELECT {Ticket}, 'suggested:' || o.owners[1] AS Decision, o.owners[1] AS Owner, NULL::VARCHAR AS DecidedBy
                FROM tickets t JOIN owner_suggestions o ON o.source = t.source AND o.ticket_id = t.external_id
                WHERE t.source = $source AND NOT t.deleted AND t.resolved_at IS NULL AND t.created_at >= $createdSince
                  AND NOT o.abstained AND NOT o.out_of_scope AND len(o.owners) > 0 AND o.probabilities[1] >= $threshold
            ) c
            WHERE (SELECT count(*) FROM write_backs w WHERE w.source = c.Source AND w.ticket_id = c.TicketId AND w.decision = c.Decision) < $actions
            ORDER BY c.TicketId
            LIMIT $limit
            """,
            new { source, threshold, createdSince, actions, limit = Math.Clamp(limit, 1, MaxCandidates) }, cancellationToken);

    /// <summary>
    /// Open tickets of one source whose latest routing decision in the workspace accepts or chooses an owner; the decision
    /// is <c>accept:OWNER</c> or <c>choose:OWNER</c>, so a later different choice is written again, the same one never.
    /// </summary>
    public static Task<IReadOnlyList<WriteBackCandidate>> AcceptedAsync(
        DuckDBConnection connection, string source, DateTime createdSince, int actions, int limit, CancellationToken cancellationToken) =>
        connection.ListAsync<WriteBackCandidate>(
            $"""
            SELECT * FROM (
                SELECT {Ticket}, d.kind || ':' || d.value AS Decision, d.value AS Owner, d.decided_by AS DecidedBy
                FROM tickets t
                JOIN (
                    SELECT * FROM triage_decisions WHERE source = $source AND kind IN ('accept', 'choose')
                    QUALIFY row_number() OVER (PARTITION BY source, ticket_id ORDER BY decided_at DESC) = 1
                ) d ON d.source = t.source AND d.ticket_id = t.external_id
                LEFT JOIN owner_suggestions o ON o.source = t.source AND o.ticket_id = t.external_id
                WHERE t.source = $source AND NOT t.deleted AND t.resolved_at IS NULL AND t.created_at >= $createdSince
            ) c
            WHERE (SELECT count(*) FROM write_backs w WHERE w.source = c.Source AND w.ticket_id = c.TicketId AND w.decision = c.Decision) < $actions
            ORDER BY c.TicketId
            LIMIT $limit
            """,
            new { source, createdSince, actions, limit = Math.Clamp(limit, 1, MaxCandidates) }, cancellationToken);

    /// <summary>
    /// Claims one action before its request is sent: true when it was never recorded (or, with <paramref name="retryFailed"/>,
    /// when it had failed). A claim that is never marked stays <c>sending</c>: the outcome is unknown and it is not repeated.
    /// </summary>
    public static async Task<bool> ClaimAsync(
        DuckDBConnection connection, WriteBackKey key, bool retryFailed, DateTime now, CancellationToken cancellationToken) =>
        await connection.RunAsync(
            $"""
            INSERT INTO write_backs (source, ticket_id, decision, action, status, attempts, detail, updated_at)
            VALUES ($source, $ticket, $decision, $action, '{Sending}', 0, NULL, $now)
            ON CONFLICT DO {(retryFailed ? $"UPDATE SET status = '{Sending}', detail = NULL, updated_at = $now WHERE write_backs.status = '{Failed}'" : "NOTHING")}
            """,
            new { source = key.Source, ticket = key.TicketId, decision = key.Decision, action = key.Action, now }, cancellationToken) == 1;

    /// <summary>Records how a claimed action ended: written or failed, with the requests it took and what was sent or went wrong.</summary>
    public static Task<int> MarkAsync(
        DuckDBConnection connection, WriteBackKey key, string status, int attempts, string? detail, DateTime now, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            UPDATE write_backs SET status = $status, attempts = attempts + $attempts, detail = $detail, updated_at = $now
            WHERE source = $source AND ticket_id = $ticket AND decision = $decision AND action = $action
            """,
            new { source = key.Source, ticket = key.TicketId, decision = key.Decision, action = key.Action, status, attempts, detail, now }, cancellationToken);

    /// <summary>Every recorded action of one source (all sources when null), newest first.</summary>
    public static Task<IReadOnlyList<WriteBackRecord>> RecordsAsync(DuckDBConnection connection, string? source, int limit, CancellationToken cancellationToken) =>
        connection.ListAsync<WriteBackRecord>(
            """
            SELECT source AS Source, ticket_id AS TicketId, decision AS Decision, action AS Action, status AS Status, attempts AS Attempts,
                   detail AS Detail, updated_at AS UpdatedAt
            FROM write_backs WHERE $source IS NULL OR source = $source
            ORDER BY updated_at DESC, source, ticket_id, decision, action
            LIMIT $limit
            """,
            new { source, limit = Math.Clamp(limit, 1, MaxCandidates) }, cancellationToken);
}

/// <summary>A ticket with a decision to write back, what its note says (suggestion, text to check for missing information).</summary>
public sealed record WriteBackCandidate(
    string Source, string TicketId, string Subject, string Body, string? Product, string? Priority, string? Type, string? Customer,
    long AffectedVersions, string? Owner1, double? Probability1, string? Owner2, double? Probability2, string? Owner3, double? Probability3,
    string Decision, string Owner, string? DecidedBy);

/// <summary>One action of a write-back: which ticket, which decision, and note or tag.</summary>
public sealed record WriteBackKey(string Source, string TicketId, string Decision, string Action);

/// <summary>One recorded write-back action.</summary>
public sealed record WriteBackRecord(
    string Source, string TicketId, string Decision, string Action, string Status, int Attempts, string? Detail, DateTime UpdatedAt);
