namespace Reporting.Samples;

internal enum TicketType
{
    Bug,
    Incident,
    Question,
    FeatureRequest,
    Task,
}
