namespace Reporting.Warehouse.Queries;

/// <summary>
/// One event as it is staged for a merge. <paramref name="Embedded"/>: it came with its ticket; otherwise it came from a
/// separate events input, and <paramref name="Input"/>, <paramref name="Line"/>, <paramref name="Raw"/>,
/// <paramref name="RunId"/> and <paramref name="RejectedAt"/> say how to reject it when its ticket is not in the warehouse.
/// </summary>
public sealed record StagedTicketEvent(
    string Source, string TicketId, string EventId, DateTime At, string Kind, string? Actor, string? Detail,
    bool Embedded, string Input, long Line, string? Raw, long RunId, DateTime RejectedAt);
