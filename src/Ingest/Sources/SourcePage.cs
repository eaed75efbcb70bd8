using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Sources;

/// <summary>
/// One page from a source, mapped: the tickets, the items that could not be mapped (kept as rejects with
/// the page reference and their 1-based position on the page), items left out by design (GitHub pull
/// requests) and the watermark after this page (null: unchanged).
/// </summary>
public sealed record SourcePage(
    string Reference,
    IReadOnlyList<TicketRecord> Tickets,
    IReadOnlyList<RejectedRecord> Rejects,
    string? Watermark,
    int Skipped = 0);
