using Microsoft.AspNetCore.Antiforgery;
using Reporting.Host.Application;
using Reporting.Host.Application.Triage;
using Reporting.Host.Service;

namespace Reporting.Host.Web;

/// <summary><c>GET /</c>: the triager's inbox of open tickets.</summary>
public static class InboxHandlers
{
    public static async Task<IResult> GetInbox(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, ReadInbox inbox,
        Reporting.Analytics.Duplicates.SimilarTicketFinder finder, Reporting.Host.Application.Tickets.EstimateTicketFit fit,
        Reporting.Host.Application.Readiness.AssessTicketReadiness readiness,
        Reporting.Host.Application.Priority.SuggestPriorities priorities, PriorityModelCache priorityModels, string? product, string? team, string? status, int? page, int? size, CancellationToken cancellationToken)
    {
        var request = new InboxRequest(Blank(product), Blank(team), Blank(status), page ?? 1, size ?? InboxRequest.DefaultPageSize);
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            var view = await inbox.RunAsync(connection, request, cancellationToken);
            var fits = await fit.RunManyAsync(connection, finder, view.Tickets.Take(Reporting.Host.Application.Tickets.EstimateTicketFit.InboxMarkers).Select(t => t.Id).ToList(), cancellationToken);
            var keys = view.Tickets.Select(t => (t.Source, t.Id)).ToList();
            var ready = await readiness.RunManyAsync(connection, keys, cancellationToken);
            var priority = await priorities.RunAsync(connection, priorityModels.Current(), keys, cancellationToken);
            return Html.Page(WebLayout.Render(context, antiforgery, "Inbox", InboxHtml.Render(view, fits, ready, priority)));
        }
        catch (InvalidRequestException ex)
        {
            return Html.Page(WebLayout.Render(context, antiforgery, "Inbox", $"""<p class="error">{Html.E(ex.Message)}</p>"""), StatusCodes.Status400BadRequest);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
