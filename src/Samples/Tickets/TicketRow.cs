namespace Reporting.Samples;

/// <summary>One line of tickets.csv as the help desk would export it (current state of the ticket).</summary>
internal sealed record TicketRow(
    string Id,
    DateTime CreatedAt,
    DateTime? FirstResponseAt,
    DateTime? ResolvedAt,
    TicketStatus Status,
    TicketPriority Priority,
    TicketType Type,
    TicketChannel Channel,
    string Customer,
    string Subject,
    string Body,
    string? Service,
    string? Team,
    string? Assignee,
    IReadOnlyList<string> Tags,
    string? DuplicateOf)
{
    public const string Header =
        "id,created_at,first_response_at,resolved_at,status,priority,type,channel,customer,subject,body,service,team,assignee,tags,duplicate_of";

    public string?[] ToFields() =>
    [
        Id,
        SampleTime.Instant(CreatedAt),
        SampleTime.Instant(FirstResponseAt),
        SampleTime.Instant(ResolvedAt),
        CsvTokens.Of(Status),
        CsvTokens.Of(Priority),
        CsvTokens.Of(Type),
        CsvTokens.Of(Channel),
        Customer,
        Subject,
        Body,
        Service,
        Team,
        Assignee,
        string.Join(';', Tags),
        DuplicateOf,
    ];
}
