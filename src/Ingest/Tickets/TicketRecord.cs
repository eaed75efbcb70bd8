namespace Reporting.Ingest.Tickets;

/// <summary>
/// One ticket in the canonical shape every source is mapped to. Times are UTC.
/// </summary>
public sealed record TicketRecord
{
    public required string Source { get; init; }
    public required string ExternalId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public DateTime? UpdatedAt { get; init; }
    public DateTime? FirstResponseAt { get; init; }
    public DateTime? ResolvedAt { get; init; }
    public string? Status { get; init; }
    public string? Priority { get; init; }
    public string? Type { get; init; }
    public string? Channel { get; init; }
    public string? Customer { get; init; }
    public string? Reporter { get; init; }
    public string Subject { get; init; } = "";
    public string Body { get; init; } = "";
    public string? Product { get; init; }
    public string? Service { get; init; }
    public string? Team { get; init; }
    public string? Assignee { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>External ids (same source) of tickets this one duplicates.</summary>
    public IReadOnlyList<string> DuplicateOf { get; init; } = [];

    public IReadOnlyList<string> AffectedVersions { get; init; } = [];
    public IReadOnlyList<string> FixVersions { get; init; } = [];

    /// <summary>Tracked engineering time, where the source records it (Jira timespent, Zendesk time fields).</summary>
    public long? TimeSpentSeconds { get; init; }

    public bool Deleted { get; init; }

    /// <summary>
    /// The ticket's complete event history when the source delivers it with the ticket (Jira comments,
    /// Zendesk comments); null when events arrive separately, so an upsert must not clear them.
    /// </summary>
    public IReadOnlyList<TicketEvent>? Events { get; init; }
}
