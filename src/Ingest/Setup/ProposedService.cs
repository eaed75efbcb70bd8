namespace Reporting.Ingest.Setup;

/// <summary>A service and the share of its tickets the owning team handles.</summary>
public sealed record ProposedService(string Name, long Tickets, long TeamTickets);
