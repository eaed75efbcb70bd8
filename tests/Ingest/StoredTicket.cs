namespace Reporting.Ingest.Tests;

/// <summary>
/// A ticket as the warehouse holds it, every field as text (times as ISO-8601 UTC, lists joined with ';'), so a test
/// can state the whole expected ticket and compare it at once. Fields a test leaves out are expected to be empty.
/// </summary>
public sealed record StoredTicket
{
    public const string Select = """
        SELECT external_id AS Id,
               strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS Created,
               strftime(updated_at, '%Y-%m-%dT%H:%M:%SZ') AS Updated,
               strftime(first_response_at, '%Y-%m-%dT%H:%M:%SZ') AS FirstResponse,
               strftime(resolved_at, '%Y-%m-%dT%H:%M:%SZ') AS Resolved,
               status AS Status, priority AS Priority, type AS Type, channel AS Channel,
               customer AS Customer, reporter AS Reporter, subject AS Subject, body AS Body,
               product AS Product, service AS Service, team AS Team, assignee AS Assignee,
               array_to_string(tags, ';') AS Tags, array_to_string(duplicate_of, ';') AS DuplicateOf,
               array_to_string(affected_versions, ';') AS AffectedVersions, array_to_string(fix_versions, ';') AS FixVersions,
               time_spent_seconds AS TimeSpentSeconds
        FROM tickets
        """;

    public string Id { get; init; } = "";
    public string Created { get; init; } = "";
    public string? Updated { get; init; }
    public string? FirstResponse { get; init; }
    public string? Resolved { get; init; }
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
    public string Tags { get; init; } = "";
    public string DuplicateOf { get; init; } = "";
    public string AffectedVersions { get; init; } = "";
    public string FixVersions { get; init; } = "";
    public long? TimeSpentSeconds { get; init; }
}
