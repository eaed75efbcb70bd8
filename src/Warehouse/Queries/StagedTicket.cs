namespace Reporting.Warehouse.Queries;

/// <summary>
/// One ticket as it is staged for a merge: the columns of <c>tickets</c> as ingest prepared them (text already in
/// stored form, the content hash computed) and whether the batch brought the ticket's whole history with it.
/// </summary>
public sealed record StagedTicket
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
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public string? Product { get; init; }
    public string? Service { get; init; }
    public string? Team { get; init; }
    public string? Assignee { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required IReadOnlyList<string> DuplicateOf { get; init; }
    public required IReadOnlyList<string> AffectedVersions { get; init; }
    public required IReadOnlyList<string> FixVersions { get; init; }
    public long? TimeSpentSeconds { get; init; }
    public required bool Deleted { get; init; }
    public required string ContentHash { get; init; }

    /// <summary>The batch delivers the ticket's events with it, so they replace the stored ones.</summary>
    public required bool HasEvents { get; init; }
}
