namespace Reporting.Ingest.Samples;

internal enum TicketStatus
{
    New,
    Open,
    Pending,
    Solved,
    Closed,
}
