namespace Reporting.Ingest.Columns;

/// <summary>A ticket field a column can be read into (<see cref="TicketFields"/> names them as in the canonical CSV).</summary>
public enum TicketField
{
    Id,
    CreatedAt,
    UpdatedAt,
    FirstResponseAt,
    ResolvedAt,
    Status,
    Priority,
    Type,
    Channel,
    Customer,
    Reporter,
    Subject,
    Body,
    Product,
    Service,
    Team,
    Assignee,
    Tags,
    DuplicateOf,
    AffectedVersions,
    FixVersions,
    TimeSpentSeconds,

    /// <summary>Minutes from creation to the first response (Zendesk's "First reply time in minutes").</summary>
    FirstResponseMinutes,
}
