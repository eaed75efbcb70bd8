namespace Reporting.Analytics.Duplicates;

/// <summary>What a person said about how tickets group, in the clusterer's ticket ids.</summary>
public enum GroupingDecisionKind
{
    /// <summary>The two tickets are different problems (cannot-link).</summary>
    NotDuplicate,

    /// <summary>The ticket is the same bug as the other one: move it into that ticket's group (must-link).</summary>
    SameBug,

    /// <summary>The ticket's group is merged with the other ticket's group (must-link between their representatives).</summary>
    Merge,

    /// <summary>The ticket leaves the group named by <see cref="GroupingDecision.Other"/>.</summary>
    Split,
}

/// <summary>
/// One grouping decision: <paramref name="TicketId"/> is the ticket it was recorded on; <paramref name="Other"/> is the other
/// ticket's id, or for <see cref="GroupingDecisionKind.Split"/> the group id it was split from.
/// </summary>
public sealed record GroupingDecision(GroupingDecisionKind Kind, string TicketId, string Other, DateTime DecidedAt);
