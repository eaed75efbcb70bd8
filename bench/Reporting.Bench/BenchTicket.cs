namespace Reporting.Bench;

/// <summary>One synthetic support ticket, rendered as a Zendesk ticket, a Jira issue and a canonical JSON line alike.</summary>
public sealed record BenchTicket(
    long Number, DateTime Created, DateTime Updated, DateTime? Resolved, string Subject, string Body, string Status, string Priority,
    string Reporter, string Assignee, string Team, string Service, IReadOnlyList<string> Tags, IReadOnlyList<BenchComment> Comments);

public sealed record BenchComment(long Id, DateTime At, string Author, string Body);
