using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Triage;

/// <summary>
/// What a triage decision says: the suggested owner accepted, another owner chosen; and about recurring bugs, a similar
/// ticket marked as not a duplicate, the ticket moved into another ticket's group (same bug), split from its group, or its
/// group merged into another. The grouping kinds steer the next clustering run (<see cref="GroupingDecisionQueries"/>).
/// </summary>
public static class TriageDecisionKinds
{
    public const string Accept = "accept";
    public const string Choose = "choose";
    public const string NotDuplicate = GroupingDecisionQueries.NotDuplicate;
    public const string SameBug = GroupingDecisionQueries.SameBug;
    public const string Split = GroupingDecisionQueries.Split;
    public const string Merge = GroupingDecisionQueries.Merge;

    public static readonly string[] All = [Accept, Choose, NotDuplicate, SameBug, Split, Merge];
}
