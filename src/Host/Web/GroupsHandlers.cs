using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Reporting.Host.Application;
using Reporting.Host.Application.Recurring;
using Reporting.Host.Service;
using Reporting.Warehouse;

namespace Reporting.Host.Web;

/// <summary><c>/groups</c>: the recurring bugs by impact; <c>/groups/{id}</c>: one group to split or merge.</summary>
public static class GroupsHandlers
{
    public static async Task<IResult> GetGroups(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, ReadRecurringGroups read, int? page, int? size,
        CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            var view = await read.RunAsync(connection, new RecurringGroupsRequest(page ?? 1, size ?? RecurringGroupsRequest.DefaultPageSize), cancellationToken);
            return Html.Page(WebLayout.Render(context, antiforgery, "Recurring bugs", GroupsHtml.RenderList(view)));
        }
        catch (InvalidRequestException ex)
        {
            return Problem(context, antiforgery, ex.Message, StatusCodes.Status400BadRequest);
        }
    }

    public static async Task<IResult> GetGroup(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, ReadRecurringGroup read, string id, string? merged,
        CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            var view = await read.RunAsync(connection, id, cancellationToken);
            return Html.Page(WebLayout.Render(context, antiforgery, view.Line.Label, GroupsHtml.RenderGroup(view, WebLayout.AntiforgeryField(context, antiforgery), merged)));
        }
        catch (NotFoundException ex)
        {
            return Problem(context, antiforgery, ex.Message, StatusCodes.Status404NotFound);
        }
    }

    public static async Task<IResult> PostMerge(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, MergeRecurringGroups merge, string id, [FromForm] string? into,
        CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            await merge.RunAsync(connection, id, into, context.User.Identity?.Name ?? "?", cancellationToken);
        }
        catch (InvalidRequestException ex)
        {
            return Problem(context, antiforgery, ex.Message, StatusCodes.Status400BadRequest);
        }
        catch (NotFoundException ex)
        {
            return Problem(context, antiforgery, ex.Message, StatusCodes.Status404NotFound);
        }

        return Results.Redirect($"/groups/{Uri.EscapeDataString(id)}?merged={Uri.EscapeDataString(into!)}");
    }

    private static IResult Problem(HttpContext context, IAntiforgery antiforgery, string message, int status) =>
        Html.Page(WebLayout.Render(context, antiforgery, "Recurring bugs", $"""<p class="error">{Html.E(message)}</p><p><a href="/groups">Back to the recurring bugs</a></p>"""), status);
}
