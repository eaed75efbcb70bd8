using Reporting.Warehouse.Calendar;

namespace Reporting.Host.Application.Recurring;

/// <summary>One page of recurring bugs by impact in <paramref name="Week"/> (the week of the newest ticket; null when there are no tickets).</summary>
public sealed record RecurringGroupsView(RecurringGroupsRequest Request, IsoWeek? Week, IReadOnlyList<RecurringGroupLine> Groups, long Total)
{
    public long Pages => Math.Max(1, (Total + Request.PageSize - 1) / Request.PageSize);
}
