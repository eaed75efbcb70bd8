namespace Reporting.Ingest.Samples;

internal enum TicketChannel
{
    Email,
    Web,
    Chat,
    Phone,
    Api,
}
