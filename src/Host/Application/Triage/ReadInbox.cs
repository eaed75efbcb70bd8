using DuckDB.NET.Data;
using Reporting.Reports.Privacy;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Triage;

/// <summary>The triager's inbox: open tickets newest first, filtered and paged, their text masked.</summary>
public sealed class ReadInbox(TextMasker masker, TimeProvider time)
{
    public async Task<InboxView> RunAsync(DuckDBConnection connection, InboxRequest request, CancellationToken cancellationToken)
    {
        if (request.PageSize is < 1 or > InboxRequest.MaxPageSize)
        {
            throw new InvalidRequestException("size", $"size must be between 1 and {InboxRequest.MaxPageSize}, not {request.PageSize}.");
        }

        if (request.Page is < 1 or > InboxRequest.MaxPage)
        {
            throw new InvalidRequestException("page", $"page must be between 1 and {InboxRequest.MaxPage}, not {request.Page}.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var page = await TriageQueries.InboxAsync(connection, new InboxFilter(request.Product, request.Team, request.Status),
            (request.Page - 1) * request.PageSize, request.PageSize, cancellationToken);
        var tickets = page.Rows.Select(r => new InboxTicket(
            r.Source, r.Id, masker.Mask(r.Subject), r.Customer, r.Product, r.Team, r.Status, now - r.CreatedAt,
            SuggestedOwner.Top(r.Owner1, r.Probability1, r.Owner2, r.Probability2, r.Owner3, r.Probability3),
            r.Abstained ?? false, r.OutOfScope ?? false, r.GroupLabel is null ? null : masker.Mask(r.GroupLabel), r.RoutedTo, r.RoutedBy)).ToList();
        return new InboxView(request, tickets, page.Total, await TriageQueries.ChoicesAsync(connection, cancellationToken));
    }
}
