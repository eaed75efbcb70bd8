using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Reporting.Analytics.Duplicates;
using Reporting.Host.Application;
using Reporting.Host.Application.Tickets;
using Reporting.Host.Application.Triage;
using Reporting.Host.Service;
using Reporting.Warehouse;

namespace Reporting.Host.Web;

/// <summary><c>/tickets/{source}/{id}</c>: one ticket for triage, and the decisions posted from it.</summary>
public static class TicketHandlers
{
    public static async Task<IResult> GetTicket(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, SimilarTicketFinder finder, OwnerModelCache models,
        PriorityModelCache priorities, ReadTriageTicket read, EstimateTicketFit fit, Application.Readiness.AssessTicketReadiness readiness,
        string source, string id, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            var ticket = await read.RunAsync(connection, finder, models.Current(), source, id, cancellationToken, priorities.Current());
            var fitCard = TicketFitHtml.Card((await fit.RunManyAsync(connection, finder, [id], cancellationToken)).GetValueOrDefault(id));
            return Html.Page(WebLayout.Render(context, antiforgery, ticket.Id, TicketHtml.Render(ticket, WebLayout.AntiforgeryField(context, antiforgery), fitCard,
                ReadinessHtml.Card(await readiness.RunAsync(connection, source, id, cancellationToken)))));
        }
        catch (NotFoundException ex)
        {
            return Problem(context, antiforgery, ex.Message, StatusCodes.Status404NotFound);
        }
    }

    public static async Task<IResult> PostDecision(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, RecordTriageDecision record,
        string source, string id, [FromForm] string? kind, [FromForm] string? value, [FromForm] string? back, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            await record.RunAsync(connection, source, id, context.User.Identity?.Name ?? "?", kind, value, cancellationToken);
        }
        catch (InvalidRequestException ex)
        {
            return Problem(context, antiforgery, ex.Message, StatusCodes.Status400BadRequest);
        }
        catch (NotFoundException ex)
        {
            return Problem(context, antiforgery, ex.Message, StatusCodes.Status404NotFound);
        }

        // Post/redirect/get: reloading the page does not decide twice. A form on a group page goes back there (a local
        // /groups path only, never another site).
        return Results.Redirect(IsGroupPage(back) ? back! : $"/tickets/{Uri.EscapeDataString(source)}/{Uri.EscapeDataString(id)}");
    }

    private static bool IsGroupPage(string? path) =>
        path is not null && path.StartsWith("/groups", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal)
        && !path.Contains('\\') && path.All(c => c > ' ' && c < 127);

    private static IResult Problem(HttpContext context, IAntiforgery antiforgery, string message, int status) =>
        Html.Page(WebLayout.Render(context, antiforgery, "Ticket", $"""<p class="error">{Html.E(message)}</p><p><a href="/">Back to the inbox</a></p>"""), status);
}
