using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// Writes ticket batches the way DuckDB is fast: the caller appends rows to per-connection staging tables
/// (<c>stage_tickets</c>, <c>stage_events</c>, <c>stage_rejects</c>, created here; it appends straight from its own
/// records, so no copy of each row is made), then these set statements merge them (<c>INSERT OR REPLACE … SELECT</c>).
/// Row-at-a-time upserts run at a few hundred rows a second; this runs at tens of thousands. The caller holds the
/// transaction and decides what is staged and what is kept aside.
/// </summary>
public static class TicketMergeQueries
{
    /// <summary>Creates this connection's staging tables when they do not exist yet.</summary>
    public static Task CreateStagingAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        // Temporary tables belong to this connection, so concurrent writers never share staging rows.
        connection.RunAsync(
            """
            CREATE TEMP TABLE IF NOT EXISTS stage_tickets AS
                SELECT *, 0::BIGINT AS seq, false AS has_events FROM tickets LIMIT 0;
            CREATE TEMP TABLE IF NOT EXISTS stage_events AS
                SELECT *, false AS embedded, ''::VARCHAR AS input, 0::BIGINT AS line, 0::BIGINT AS seq,
                       ''::VARCHAR AS raw, 0::BIGINT AS run_id, now()::TIMESTAMP AS rejected_at
                FROM ticket_events LIMIT 0;
            CREATE TEMP TABLE IF NOT EXISTS stage_rejects AS
                SELECT *, 0::BIGINT AS seq FROM rejects LIMIT 0;
            """, cancellationToken: cancellationToken);

    /// <summary>Empties the staging tables of tickets, events and rejects.</summary>
    public static Task ClearStagingAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync("DELETE FROM stage_tickets; DELETE FROM stage_events; DELETE FROM stage_rejects;", cancellationToken: cancellationToken);

    /// <summary>Empties the staging table of rejects alone.</summary>
    public static Task ClearStagedRejectsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync("DELETE FROM stage_rejects", cancellationToken: cancellationToken);

    /// <summary>
    /// Builds <c>merge_tickets</c>: the last staged version of each ticket, marked new or updated against the stored one.
    /// </summary>
    public static Task PrepareTicketsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        // The last occurrence of a ticket in a batch wins; an incoming version older than the stored one is ignored.
        connection.RunAsync(
            """
            CREATE OR REPLACE TEMP TABLE merge_tickets AS
            SELECT b.*,
                   t.external_id IS NULL AS is_new,
                   t.external_id IS NOT NULL AND t.content_hash <> b.content_hash
                       AND (b.updated_at IS NULL OR t.updated_at IS NULL OR b.updated_at >= t.updated_at) AS is_updated
            FROM (SELECT * FROM stage_tickets
                  QUALIFY row_number() OVER (PARTITION BY source, external_id ORDER BY seq DESC) = 1) b
            LEFT JOIN tickets t ON t.source = b.source AND t.external_id = b.external_id
            """, cancellationToken: cancellationToken);

    /// <summary>How many tickets of <c>merge_tickets</c> are new, updated, and there are in all.</summary>
    public static async Task<(long New, long Updated, long Total)> TicketCountsAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var counts = await connection.ListAsync<(long New, long Updated, long Total)>(
            "SELECT count(*) FILTER (WHERE is_new), count(*) FILTER (WHERE is_updated), count(*) FROM merge_tickets",
            cancellationToken: cancellationToken);
        return counts[0];
    }

    /// <summary>Writes the new and updated tickets of <c>merge_tickets</c> to <c>tickets</c>.</summary>
    public static Task MergeTicketsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            INSERT OR REPLACE INTO tickets
            SELECT * EXCLUDE (seq, has_events, is_new, is_updated) FROM merge_tickets WHERE is_new OR is_updated
            """, cancellationToken: cancellationToken);

    /// <summary>
    /// Deletes the stored events of the new and updated tickets that brought their whole history: sources that deliver
    /// a ticket's whole history replace it; separate event files add to it.
    /// </summary>
    public static Task DeleteReplacedEventsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            DELETE FROM ticket_events e USING merge_tickets m
            WHERE m.has_events AND (m.is_new OR m.is_updated) AND e.source = m.source AND e.ticket_id = m.external_id
            """, cancellationToken: cancellationToken);

    /// <summary>
    /// How many staged events <see cref="MergeEventsAsync"/> writes: those embedded in a new or updated ticket, and
    /// those from separate inputs whose ticket is in the warehouse (the last of each event).
    /// </summary>
    public static Task<long> AcceptedEventCountAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ScalarAsync<long>(
            """
            WITH accepted AS (
                SELECT s.* FROM (SELECT * FROM stage_events
                                 QUALIFY row_number() OVER (PARTITION BY source, ticket_id, event_id ORDER BY seq DESC) = 1) s
                LEFT JOIN merge_tickets m ON m.source = s.source AND m.external_id = s.ticket_id
                WHERE (s.embedded AND (m.is_new OR m.is_updated))
                   OR (NOT s.embedded AND EXISTS (SELECT 1 FROM tickets t WHERE t.source = s.source AND t.external_id = s.ticket_id))
            )
            SELECT count(*) FROM accepted
            """, cancellationToken: cancellationToken);

    /// <summary>Writes the accepted staged events (see <see cref="AcceptedEventCountAsync"/>) to <c>ticket_events</c>.</summary>
    public static Task MergeEventsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            INSERT OR REPLACE INTO ticket_events
            SELECT s.source, s.ticket_id, s.event_id, s.occurred_at, s.kind, s.actor, s.detail
            FROM (SELECT * FROM stage_events
                  QUALIFY row_number() OVER (PARTITION BY source, ticket_id, event_id ORDER BY seq DESC) = 1) s
            LEFT JOIN merge_tickets m ON m.source = s.source AND m.external_id = s.ticket_id
            WHERE (s.embedded AND (m.is_new OR m.is_updated))
               OR (NOT s.embedded AND EXISTS (SELECT 1 FROM tickets t WHERE t.source = s.source AND t.external_id = s.ticket_id))
            """, cancellationToken: cancellationToken);

    /// <summary>The staged events from separate inputs whose ticket is not in the warehouse, in staging order.</summary>
    public static Task<IReadOnlyList<OrphanEvent>> OrphanEventsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<OrphanEvent>(
            """
            SELECT s.input AS Input, s.line AS Line, s.ticket_id AS TicketId, s.source AS Source
            FROM stage_events s
            WHERE NOT s.embedded
              AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.source = s.source AND t.external_id = s.ticket_id)
            ORDER BY s.seq
            """, cancellationToken: cancellationToken);

    /// <summary>Writes the orphan events (see <see cref="OrphanEventsAsync"/>) to <c>rejects</c>, with their raw text and run.</summary>
    public static Task RejectOrphanEventsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            INSERT OR REPLACE INTO rejects
            SELECT s.source, s.input, s.line, 'ticket_id',
                   'ticket ''' || s.ticket_id || ''' is not in the warehouse for source ''' || s.source || '''',
                   s.raw, s.run_id, s.rejected_at
            FROM stage_events s
            WHERE NOT s.embedded
              AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.source = s.source AND t.external_id = s.ticket_id)
            """, cancellationToken: cancellationToken);

    /// <summary>Writes the staged rejects to <c>rejects</c>, the last of each place and field.</summary>
    public static Task MergeRejectsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            INSERT OR REPLACE INTO rejects
            SELECT * EXCLUDE (seq) FROM stage_rejects
            QUALIFY row_number() OVER (PARTITION BY source, input, line, field ORDER BY seq DESC) = 1
            """, cancellationToken: cancellationToken);

    /// <summary>Stores how far an API source got, with the batch that covers it.</summary>
    public static Task SaveWatermarkAsync(
        DuckDBConnection connection, string name, string kind, string? watermark, DateTime now, CancellationToken cancellationToken) =>
        connection.RunAsync(
            """
            INSERT OR REPLACE INTO sources (name, kind, watermark, updated_at)
            VALUES ($name, $kind, $watermark, $now)
            """,
            new { name, kind, watermark, now }, cancellationToken);
}
