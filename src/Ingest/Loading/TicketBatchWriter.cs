using DuckDB.NET.Data;
using Reporting.Ingest.Tickets;
using Reporting.Warehouse.Queries;

namespace Reporting.Ingest.Loading;

/// <summary>
/// Writes batches into the warehouse the way DuckDB is fast: appends the rows to staging tables, then merges them with
/// set statements (<see cref="TicketMergeQueries"/>) in one transaction. Row-at-a-time upserts run at a few hundred rows a second;
/// this runs at tens of thousands. Here: the text as the warehouse keeps it, the content hashes, and the events
/// rejected because their ticket is not in the warehouse.
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
            await TicketMergeQueries.ClearStagingAsync(_connection, cancellationToken);
            AppendTickets(batch, runId, now);
            AppendEvents(batch, runId, now);
            AppendRejects(batch.Source, batch.Rejects, runId, now);

            var result = await MergeAsync(cancellationToken);
            if (batch.Watermark is { } mark)
            {
                await TicketMergeQueries.SaveWatermarkAsync(_connection, mark.Source, mark.Kind, mark.Value, now, cancellationToken);
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
        await TicketMergeQueries.PrepareTicketsAsync(_connection, cancellationToken);
        var (created, updated, total) = await TicketMergeQueries.TicketCountsAsync(_connection, cancellationToken);
        await TicketMergeQueries.MergeTicketsAsync(_connection, cancellationToken);

        await TicketMergeQueries.DeleteReplacedEventsAsync(_connection, cancellationToken);
        var eventsWritten = await TicketMergeQueries.AcceptedEventCountAsync(_connection, cancellationToken);
        await TicketMergeQueries.MergeEventsAsync(_connection, cancellationToken);

        var orphans = await TicketMergeQueries.OrphanEventsAsync(_connection, cancellationToken);
        var orphanRejects = orphans
            .Select(o => new RejectedRecord(o.Input, o.Line, "ticket_id",
                $"ticket '{o.TicketId}' is not in the warehouse for source '{o.Source}'", null))
            .ToList();
        if (orphanRejects.Count > 0)
        {
            await TicketMergeQueries.RejectOrphanEventsAsync(_connection, cancellationToken);
        }

        await TicketMergeQueries.MergeRejectsAsync(_connection, cancellationToken);

        return new BatchResult((int)created, (int)updated, (int)(total - created - updated), (int)eventsWritten, orphanRejects);
    }

    /// <summary>In batch order, numbered: a later copy of the same ticket wins the merge.</summary>
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

    /// <summary>
    /// The events tickets brought with them, then those of separate inputs (with what rejecting them as orphans takes:
    /// where they were read, their raw line, the run and the time), numbered: a later copy of the same event wins the merge.
    /// </summary>
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
        await TicketMergeQueries.ClearStagedRejectsAsync(_connection, cancellationToken);
        AppendRejects(source, rejects, runId, _time.GetUtcNow().UtcDateTime);
        await TicketMergeQueries.MergeRejectsAsync(_connection, cancellationToken);
    }

    /// <summary>One source's rejects, numbered: a later one of the same place and field wins the merge.</summary>
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

        await TicketMergeQueries.CreateStagingAsync(_connection, cancellationToken);
        _staged = true;
    }
}
