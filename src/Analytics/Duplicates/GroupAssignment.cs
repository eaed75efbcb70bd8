namespace Reporting.Analytics.Duplicates;

/// <summary>The outcome of attaching one ticket: its group, and the earlier ticket it matched (if any).</summary>
public sealed record GroupAssignment(
    string TicketId,
    string GroupId,
    bool StartedNewGroup,
    string? MatchedTicketId,
    double Probability,
    IReadOnlyList<string> MergedGroupIds);
