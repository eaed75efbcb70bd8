namespace Reporting.Ingest.Setup;

/// <summary>A team the tickets name but the draft leaves out, and why (no regular assignee, a name teams.yaml refuses).</summary>
public sealed record LeftOutTeam(string Name, long Tickets, IReadOnlyList<string> Services, string Reason);
