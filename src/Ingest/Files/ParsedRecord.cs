using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Files;

/// <summary>What a reader produced for one record of its input: a ticket, an event, or a rejection.</summary>
public abstract record ParsedRecord(long Line);

public sealed record ParsedTicket(long Line, TicketRecord Ticket) : ParsedRecord(Line);

public sealed record ParsedEvent(long Line, TicketEventRecord Event) : ParsedRecord(Line);

public sealed record ParseFailure(RejectedRecord Rejected) : ParsedRecord(Rejected.Line);
