namespace Reporting.Samples;

internal enum TicketChannel
{
    Email,
    Web,
    Chat,
    Phone,
    Api,
}
