using DuckDB.NET.Data;
using Reporting.Ingest.Tickets;
using Reporting.Warehouse.Queries;

namespace Reporting.Ingest.Loading;

/// <summary>
/// Writes batches into the warehouse the way DuckDB is fast: stages the rows, then merges them with set statements
/// (<see cref="TicketMergeQueries"/>) in one transaction. Row-at-a-time upserts run at a few hundred rows a second;
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
            TicketMergeQueries.StageTickets(_connection, batch.Tickets.Select(Staged), runId, now);
            TicketMergeQueries.StageEvents(_connection, StagedEvents(batch, runId, now));
            StageRejects(batch.Source, batch.Rejects, runId, now);

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

    private static StagedTicket Staged(TicketRecord t) => new()
    {
        Source = t.Source,
        ExternalId = t.ExternalId,
        CreatedAt = t.CreatedAt,
        UpdatedAt = t.UpdatedAt,
        FirstResponseAt = t.FirstResponseAt,
        ResolvedAt = t.ResolvedAt,
        Status = t.Status,
        Priority = t.Priority,
        Type = t.Type,
        Channel = t.Channel,
        Customer = StoredText.Escape(t.Customer),
        Reporter = StoredText.Escape(t.Reporter),
        Subject = StoredText.Escape(t.Subject),
        Body = StoredText.Escape(t.Body),
        Product = t.Product,
        Service = t.Service,
        Team = t.Team,
        Assignee = t.Assignee,
        Tags = t.Tags,
        DuplicateOf = t.DuplicateOf,
        AffectedVersions = t.AffectedVersions,
        FixVersions = t.FixVersions,
        TimeSpentSeconds = t.TimeSpentSeconds,
        Deleted = t.Deleted,
        ContentHash = TicketContentHash.Compute(t),
        HasEvents = t.Events is not null,
    };

    /// <summary>
    /// The events a ticket brought with it, then those from separate inputs, which carry what rejecting them as
    /// orphans takes: where they were read, their raw line, the run and the time.
    /// </summary>
    private static IEnumerable<StagedTicketEvent> StagedEvents(TicketBatch batch, long runId, DateTime now)
    {
        foreach (var t in batch.Tickets)
        {
            foreach (var e in t.Events ?? [])
            {
                yield return Staged(t.Source, t.ExternalId, e, embedded: true, input: "", line: 0, raw: null, runId: 0, now: default);
            }
        }

        foreach (var staged in batch.Events)
        {
            var e = staged.Event;
            yield return Staged(e.Source, e.TicketId, e.Event, embedded: false, staged.Input, staged.Line,
                raw: $"{e.TicketId},{e.Event.At:O},{e.Event.Kind},{e.Event.Actor},{e.Event.Detail}", runId, now);
        }
    }

    private static StagedTicketEvent Staged(
        string source, string ticketId, TicketEvent e, bool embedded, string input, long line, string? raw, long runId, DateTime now) =>
        new(source, ticketId, e.EventId, e.At, e.Kind, e.Actor, StoredText.Escape(e.Detail),
            embedded, input, line, StoredText.Escape(raw), runId, now);

    /// <summary>Writes rejected records alone, inside the caller's transaction (for inputs that are not tickets).</summary>
    public async Task WriteRejectsAsync(string source, IReadOnlyList<RejectedRecord> rejects, long runId, CancellationToken cancellationToken)
    {
        await EnsureStagingAsync(cancellationToken);
        await TicketMergeQueries.ClearStagedRejectsAsync(_connection, cancellationToken);
        StageRejects(source, rejects, runId, _time.GetUtcNow().UtcDateTime);
        await TicketMergeQueries.MergeRejectsAsync(_connection, cancellationToken);
    }

    private void StageRejects(string source, IReadOnlyList<RejectedRecord> rejects, long runId, DateTime now) =>
        TicketMergeQueries.StageRejects(
            _connection, source,
            rejects.Select(r => new StagedReject(r.Input, r.Line, r.Field, StoredText.Escape(r.Reason), StoredText.Escape(r.Raw))),
            runId, now);

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
