namespace Reporting.Ingest.Files;

/// <summary>The kinds of file <c>reporting ingest</c> understands.</summary>
public enum InputKind
{
    TicketCsv,
    EventCsv,
    TicketJsonLines,
    JiraJsonLines,
    TeamsYaml,
    RotationCsv,
    ReleasesCsv,
    AbsencesCsv,
    RotationCalendar,
}
