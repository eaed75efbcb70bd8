namespace Reporting.Samples;

internal enum TicketPriority
{
    Urgent,
    High,
    Normal,
    Low,
}
