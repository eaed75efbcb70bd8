using DuckDB.NET.Data;
using Reporting.Reports.Privacy;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Recurring;

/// <summary>
/// The recurring bugs by impact in the week of the newest ticket, as the digest ranks them (tickets that week, then customers
/// affected, then growth), paged, labels masked, each with its owner and twelve weeks of tickets.
/// </summary>
public sealed class ReadRecurringGroups(TextMasker masker)
{
    public async Task<RecurringGroupsView> RunAsync(DuckDBConnection connection, RecurringGroupsRequest request, CancellationToken cancellationToken)
    {
        if (request.PageSize is < 1 or > RecurringGroupsRequest.MaxPageSize)
        {
            throw new InvalidRequestException("size", $"size must be between 1 and {RecurringGroupsRequest.MaxPageSize}, not {request.PageSize}.");
        }

        if (request.Page is < 1 or > RecurringGroupsRequest.MaxPage)
        {
            throw new InvalidRequestException("page", $"page must be between 1 and {RecurringGroupsRequest.MaxPage}, not {request.Page}.");
        }

        var newest = await TicketQueries.NewestCreatedAsync(connection, cancellationToken);
        if (newest is null)
        {
            return new RecurringGroupsView(request, null, [], 0);
        }

        var week = IsoWeek.Of(newest.Value);
        var page = await RecurringGroupQueries.ByImpactAsync(
            connection, week.StartUtc, (request.Page - 1) * request.PageSize, request.PageSize, cancellationToken);
        var weekly = (await RecurringGroupQueries.WeeklyAsync(
                connection, page.Rows.Select(r => r.Id).ToList(), WeeklyTickets.First(week).StartUtc, week.AddWeeks(1).StartUtc, cancellationToken))
            .ToLookup(w => w.GroupId, StringComparer.Ordinal);
        var lines = page.Rows.Select(r => new RecurringGroupLine(
            r.Id, masker.Mask(r.Label), r.State, r.Owner ?? r.Service ?? r.Team, r.Decided, r.ThisWeek, r.Tickets, r.Customers, r.Recent, r.Previous,
            WeeklyTickets.Of(weekly[r.Id], week))).ToList();
        return new RecurringGroupsView(request, week, lines, page.Total);
    }
}
