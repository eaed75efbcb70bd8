using System.Data.Common;
using DuckDB.NET.Data;
using Reporting.Ingest.Tickets;
using Reporting.Warehouse;

namespace Reporting.Ingest.Loading;

/// <summary>
/// Writes batches into the warehouse the way DuckDB is fast: append rows to per-connection staging
/// tables, then merge with set statements (<c>INSERT OR REPLACE … SELECT</c>) in one transaction.
/// Row-at-a-time upserts run at a few hundred rows a second; this runs at tens of thousands.
/// </summary>
public sealed class TicketBatchWriter
{
    private readonly DuckDBConnection _connection;
    private readonly TimeProvider _time;
    private bool _staged;

    public TicketBatchWriter(DuckDBConnection connection, TimeProvider time)
    {
        _connection = connection;
        _time = time;
    }

    public async Task<BatchResult> WriteAsync(TicketBatch batch, long runId, CancellationToken cancellationToken = default)
    {
        await EnsureStagingAsync(cancellationToken);
        var now = _time.GetUtcNow().UtcDateTime;

        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await Run("DELETE FROM stage_tickets; DELETE FROM stage_events; DELETE FROM stage_rejects;", cancellationToken);
            AppendTickets(batch, runId, now);
            AppendEvents(batch, runId, now);
            AppendRejects(batch.Source, batch.Rejects, runId, now);

            var result = await MergeAsync(cancellationToken);
            if (batch.Watermark is { } mark)
            {
                await _connection.RunAsync(
                    """
                    INSERT OR REPLACE INTO sources (name, kind, watermark, updated_at)
                    VALUES ($name, $kind, $watermark, $now)
                    """,
                    new { name = mark.Source, kind = mark.Kind, watermark = mark.Value, now }, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task<BatchResult> MergeAsync(CancellationToken cancellationToken)
    {
        // The last occurrence of a ticket in a batch wins; an incoming version older than the stored one is ignored.
        await Run(
            """
            CREATE OR REPLACE TEMP TABLE merge_tickets AS
            SELECT b.*,
                   t.external_id IS NULL AS is_new,
                   t.external_id IS NOT NULL AND t.content_hash <> b.content_hash
                       AND (b.updated_at IS NULL OR t.updated_at IS NULL OR b.updated_at >= t.updated_at) AS is_updated
            FROM (SELECT * FROM stage_tickets
                  QUALIFY row_number() OVER (PARTITION BY source, external_id ORDER BY seq DESC) = 1) b
            LEFT JOIN tickets t ON t.source = b.source AND t.external_id = b.external_id
            """, cancellationToken);

        var counts = await _connection.ListAsync<(long New, long Updated, long Total)>(
            "SELECT count(*) FILTER (WHERE is_new), count(*) FILTER (WHERE is_updated), count(*) FROM merge_tickets",
            cancellationToken: cancellationToken);
        var (created, updated, total) = counts[0];

        await Run(
            """
            INSERT OR REPLACE INTO tickets
            SELECT * EXCLUDE (seq, has_events, is_new, is_updated) FROM merge_tickets WHERE is_new OR is_updated
            """, cancellationToken);

        // Sources that deliver a ticket's whole history replace it; separate event files add to it.
        await Run(
            """
            DELETE FROM ticket_events e USING merge_tickets m
            WHERE m.has_events AND (m.is_new OR m.is_updated) AND e.source = m.source AND e.ticket_id = m.external_id
            """, cancellationToken);
        var eventsWritten = await _connection.ScalarAsync<long>(
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
        await Run(
            """
            INSERT OR REPLACE INTO ticket_events
            SELECT s.source, s.ticket_id, s.event_id, s.occurred_at, s.kind, s.actor, s.detail
            FROM (SELECT * FROM stage_events
                  QUALIFY row_number() OVER (PARTITION BY source, ticket_id, event_id ORDER BY seq DESC) = 1) s
            LEFT JOIN merge_tickets m ON m.source = s.source AND m.external_id = s.ticket_id
            WHERE (s.embedded AND (m.is_new OR m.is_updated))
               OR (NOT s.embedded AND EXISTS (SELECT 1 FROM tickets t WHERE t.source = s.source AND t.external_id = s.ticket_id))
            """, cancellationToken);

        var orphans = await _connection.ListAsync<OrphanRow>(
            """
            SELECT s.input AS Input, s.line AS Line, s.ticket_id AS TicketId, s.source AS Source
            FROM stage_events s
            WHERE NOT s.embedded
              AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.source = s.source AND t.external_id = s.ticket_id)
            ORDER BY s.seq
            """, cancellationToken: cancellationToken);
        var orphanRejects = orphans
            .Select(o => new RejectedRecord(o.Input, o.Line, "ticket_id",
                $"ticket '{o.TicketId}' is not in the warehouse for source '{o.Source}'", null))
            .ToList();
        if (orphanRejects.Count > 0)
        {
            await Run(
                """
                INSERT OR REPLACE INTO rejects
                SELECT s.source, s.input, s.line, 'ticket_id',
                       'ticket ''' || s.ticket_id || ''' is not in the warehouse for source ''' || s.source || '''',
                       s.raw, s.run_id, s.rejected_at
                FROM stage_events s
                WHERE NOT s.embedded
                  AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.source = s.source AND t.external_id = s.ticket_id)
                """, cancellationToken);
        }

        await Run(MergeRejectsSql, cancellationToken);

        return new BatchResult((int)created, (int)updated, (int)(total - created - updated), (int)eventsWritten, orphanRejects);
    }

    private void AppendTickets(TicketBatch batch, long runId, DateTime now)
    {
        using var appender = _connection.CreateAppender("stage_tickets");
        long seq = 0;
        foreach (var t in batch.Tickets)
        {
            appender.CreateRow()
                .AppendValue(t.Source).AppendValue(t.ExternalId)
                .AppendValue(t.CreatedAt).AppendValue(t.UpdatedAt).AppendValue(t.FirstResponseAt).AppendValue(t.ResolvedAt)
                .AppendValue(t.Status).AppendValue(t.Priority).AppendValue(t.Type).AppendValue(t.Channel)
                .AppendValue(StoredText.Escape(t.Customer)).AppendValue(StoredText.Escape(t.Reporter)).AppendValue(StoredText.Escape(t.Subject)).AppendValue(StoredText.Escape(t.Body))
                .AppendValue(t.Product).AppendValue(t.Service).AppendValue(t.Team).AppendValue(t.Assignee)
                .AppendValue(t.Tags.ToList()).AppendValue(t.DuplicateOf.ToList())
                .AppendValue(t.AffectedVersions.ToList()).AppendValue(t.FixVersions.ToList())
                .AppendValue(t.TimeSpentSeconds).AppendValue(t.Deleted)
                .AppendValue(TicketContentHash.Compute(t)).AppendValue(runId).AppendValue(now)
                .AppendValue(seq++).AppendValue(t.Events is not null)
                .EndRow();
        }
    }

    private void AppendEvents(TicketBatch batch, long runId, DateTime now)
    {
        using var appender = _connection.CreateAppender("stage_events");
        long seq = 0;
        foreach (var t in batch.Tickets)
        {
            foreach (var e in t.Events ?? [])
            {
                AppendEvent(appender, t.Source, t.ExternalId, e, embedded: true, input: "", line: 0, seq++, raw: null, runId: 0, now: default);
            }
        }

        foreach (var staged in batch.Events)
        {
            var e = staged.Event;
            AppendEvent(appender, e.Source, e.TicketId, e.Event, embedded: false, staged.Input, staged.Line, seq++,
                raw: $"{e.TicketId},{e.Event.At:O},{e.Event.Kind},{e.Event.Actor},{e.Event.Detail}", runId, now);
        }
    }

    private static void AppendEvent(
        DuckDBAppender appender, string source, string ticketId, TicketEvent e, bool embedded, string input, long line, long seq,
        string? raw, long runId, DateTime now)
    {
        appender.CreateRow()
            .AppendValue(source).AppendValue(ticketId).AppendValue(e.EventId).AppendValue(e.At)
            .AppendValue(e.Kind).AppendValue(e.Actor).AppendValue(StoredText.Escape(e.Detail))
            .AppendValue(embedded).AppendValue(input).AppendValue(line).AppendValue(seq).AppendValue(StoredText.Escape(raw))
            .AppendValue(runId).AppendValue(now)
            .EndRow();
    }

    /// <summary>Writes rejected records alone, inside the caller's transaction (for inputs that are not tickets).</summary>
    public async Task WriteRejectsAsync(string source, IReadOnlyList<RejectedRecord> rejects, long runId, CancellationToken cancellationToken)
    {
        await EnsureStagingAsync(cancellationToken);
        await Run("DELETE FROM stage_rejects", cancellationToken);
        AppendRejects(source, rejects, runId, _time.GetUtcNow().UtcDateTime);
        await Run(MergeRejectsSql, cancellationToken);
    }

    private const string MergeRejectsSql =
        """
        INSERT OR REPLACE INTO rejects
        SELECT * EXCLUDE (seq) FROM stage_rejects
        QUALIFY row_number() OVER (PARTITION BY source, input, line, field ORDER BY seq DESC) = 1
        """;

    private void AppendRejects(string source, IReadOnlyList<RejectedRecord> rejects, long runId, DateTime now)
    {
        using var appender = _connection.CreateAppender("stage_rejects");
        long seq = 0;
        foreach (var r in rejects)
        {
            appender.CreateRow()
                .AppendValue(source).AppendValue(r.Input).AppendValue(r.Line).AppendValue(r.Field ?? "")
                .AppendValue(StoredText.Escape(r.Reason)).AppendValue(StoredText.Escape(r.Raw)).AppendValue(runId).AppendValue(now).AppendValue(seq++)
                .EndRow();
        }
    }

    private async Task EnsureStagingAsync(CancellationToken cancellationToken)
    {
        if (_staged)
        {
            return;
        }

        // Temporary tables belong to this connection, so concurrent writers never share staging rows.
        await Run(
            """
            CREATE TEMP TABLE IF NOT EXISTS stage_tickets AS
                SELECT *, 0::BIGINT AS seq, false AS has_events FROM tickets LIMIT 0;
            CREATE TEMP TABLE IF NOT EXISTS stage_events AS
                SELECT *, false AS embedded, ''::VARCHAR AS input, 0::BIGINT AS line, 0::BIGINT AS seq,
                       ''::VARCHAR AS raw, 0::BIGINT AS run_id, now()::TIMESTAMP AS rejected_at
                FROM ticket_events LIMIT 0;
            CREATE TEMP TABLE IF NOT EXISTS stage_rejects AS
                SELECT *, 0::BIGINT AS seq FROM rejects LIMIT 0;
            """, cancellationToken);
        _staged = true;
    }

    private Task<int> Run(string sql, CancellationToken cancellationToken) =>
        _connection.RunAsync(sql, cancellationToken: cancellationToken);

    private sealed record OrphanRow(string Input, long Line, string TicketId, string Source);
}
