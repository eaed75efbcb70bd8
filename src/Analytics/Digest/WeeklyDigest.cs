using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Outlook;
using Reporting.Warehouse.Calendar;

namespace Reporting.Analytics.Digest;

/// <summary>Everything one PM's weekly digest shows, loaded from the warehouse before any layout happens.</summary>
public sealed record WeeklyDigest(
    DigestSubscription Subscription,
    IsoWeek Week,
    HeadlineFigures ThisWeek,
    HeadlineFigures LastWeek,
    IReadOnlyList<TeamWeek> Capacity,
    IReadOnlyList<ReleaseTail> ReleaseTails,
    IReadOnlyList<BouncedTicket> Bounced,
    IReadOnlyList<RecurringGroupLine>? RecurringGroups,
    IReadOnlyList<string> AllTeams)
{
    /// <summary>Response and resolution percentiles per week across the PM's teams (percentiles do not add up across teams).</summary>
    public IReadOnlyList<WeeklyTimes> Times { get; init; } = [];

    /// <summary>The PM's teams' next two weeks: the digest's opening section.</summary>
    public IReadOnlyList<TeamOutlook> Outlook { get; init; } = [];
}

/// <summary>Hours to first response (tickets opened that week) and to resolution (tickets resolved that week).</summary>
public sealed record WeeklyTimes(DateOnly WeekStart, double? FirstResponseP50, double? FirstResponseP90, double? ResolutionP50, double? ResolutionP90);

/// <summary>Headline figures for the PM's teams together, for one week.</summary>
public sealed record HeadlineFigures(long Opened, long Resolved, long Backlog, double? MedianResolutionHours, double NominalHours, double EffectiveHours)
{
    public double EffectiveShare => NominalHours > 0 ? EffectiveHours / NominalHours : 0;
}

/// <summary>A ticket moved from one team to another during the week.</summary>
public sealed record BouncedTicket(string TicketId, string Subject, string FromTeam, string ToTeam, DateTime At);

/// <summary>
/// A recurring-bug group as the digest lists it (the loader lists them by impact, most first): <see cref="Label"/> is
/// its most typical ticket's subject (unmasked), <see cref="State"/> the stored code (new, growing, steady, fading, regressed).
/// </summary>
public sealed record RecurringGroupLine(
    string GroupId, string Label, string State, string? Team, long TicketsThisWeek, long TicketsLastWeek, long Tickets, long Customers,
    IReadOnlyList<string> ExampleTickets)
{
    public long RecentTickets { get; init; }

    public long PreviousTickets { get; init; }
}

