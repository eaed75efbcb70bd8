using Microsoft.AspNetCore.Antiforgery;
using Reporting.Host.Application;
using Reporting.Host.Application.Operations;
using Reporting.Host.Service;

namespace Reporting.Host.Web;

/// <summary><c>/operations</c> for admins: sources, digest deliveries and the job dashboard; <c>/operations/rejects</c>: what ingest kept aside.</summary>
public static class OperationsHandlers
{
    public static async Task<IResult> GetOperations(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, ReadOperations read, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        return Html.Page(WebLayout.Render(context, antiforgery, "Operations", OperationsHtml.Render(await read.RunAsync(connection, cancellationToken))));
    }

    public static async Task<IResult> GetRejects(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, BrowseRejects browse,
        string? source, int? page, int? size, CancellationToken cancellationToken)
    {
        var request = new RejectsRequest(string.IsNullOrWhiteSpace(source) ? null : source, page ?? 1, size ?? RejectsRequest.DefaultPageSize);
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            return Html.Page(WebLayout.Render(context, antiforgery, "Rejects", OperationsHtml.RenderRejects(await browse.RunAsync(connection, request, cancellationToken))));
        }
        catch (InvalidRequestException ex)
        {
            return Html.Page(WebLayout.Render(context, antiforgery, "Rejects",
                $"""<h1>Rejects</h1><p class="error" role="alert">{Html.E(ex.Message)}</p><p><a href="/operations/rejects">All rejects</a></p>"""),
                StatusCodes.Status400BadRequest);
        }
    }
}
