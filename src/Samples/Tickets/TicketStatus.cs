namespace Reporting.Samples;

internal enum TicketStatus
{
    New,
    Open,
    Pending,
    Solved,
    Closed,
}
