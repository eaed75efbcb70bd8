using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Recurring;

/// <summary>
/// One recurring-bug group as its page shows it: the line the list shows, its span and owning team, its tickets (newest first,
/// subjects masked, at most <see cref="ReadRecurringGroup.MembersShown"/>) and the groups it can be merged into.
/// </summary>
public sealed record RecurringGroupView(
    RecurringGroupLine Line, IsoWeek Week, string? Team, string? Service, DateTime FirstSeen, DateTime LastSeen,
    IReadOnlyList<GroupTicket> Members, IReadOnlyList<StoredGroup> MergeTargets);
