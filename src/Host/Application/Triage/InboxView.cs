using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Triage;

/// <summary>One page of the inbox, the filters applied and what they could be.</summary>
public sealed record InboxView(InboxRequest Request, IReadOnlyList<InboxTicket> Tickets, long Total, InboxChoices Choices)
{
    public int Pages => (int)Math.Max(1, (Total + Request.PageSize - 1) / Request.PageSize);
}
