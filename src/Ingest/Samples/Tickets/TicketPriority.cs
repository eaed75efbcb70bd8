namespace Reporting.Ingest.Samples;

internal enum TicketPriority
{
    Urgent,
    High,
    Normal,
    Low,
}
