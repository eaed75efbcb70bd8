namespace Reporting.Warehouse.Queries;

/// <summary>A staged event from a separate events input whose ticket is not in the warehouse, with where it was read.</summary>
public sealed record OrphanEvent(string Input, long Line, string TicketId, string Source);
