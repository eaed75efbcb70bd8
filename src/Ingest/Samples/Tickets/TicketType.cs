namespace Reporting.Ingest.Samples;

internal enum TicketType
{
    Bug,
    Incident,
    Question,
    FeatureRequest,
    Task,
}
