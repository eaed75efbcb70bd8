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
    ZendeskCsv,
    JiraCsv,
    ServiceNowCsv,
    FreshdeskCsv,
    GitHubIssuesJson,

    /// <summary>A tickets CSV read as a mapping file (<c>--map</c>) says.</summary>
    MappedCsv,
    RotationCalendar,
}
