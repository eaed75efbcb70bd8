using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Loading;

/// <summary>
/// A unit of ingest committed atomically: tickets, events that arrived separately, rejected records
/// and, for API sources, the watermark that the batch covers (advanced only when the batch commits).
/// </summary>
public sealed record TicketBatch(
    string Source,
    IReadOnlyList<TicketRecord> Tickets,
    IReadOnlyList<StagedEvent> Events,
    IReadOnlyList<RejectedRecord> Rejects,
    SourceWatermark? Watermark = null);

/// <summary>An event from a separate events input, with where it was read (so an orphan can be rejected precisely).</summary>
public sealed record StagedEvent(string Input, long Line, TicketEventRecord Event);

/// <summary>Where an API source got to: a cursor or the last <c>updated</c> time seen.</summary>
public sealed record SourceWatermark(string Source, string Kind, string? Value);

/// <summary>What a committed batch changed.</summary>
public sealed record BatchResult(int New, int Updated, int Unchanged, int EventsWritten, IReadOnlyList<RejectedRecord> OrphanEvents)
{
    public int Tickets => New + Updated + Unchanged;
}
