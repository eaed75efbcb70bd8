using Microsoft.AspNetCore.Antiforgery;
using Reporting.Host.Application;
using Reporting.Host.Application.Capacity;
using Reporting.Host.Application.Expertise;
using Reporting.Host.Service;
using Reporting.Reports.Rendering;
using Reporting.Warehouse;

namespace Reporting.Host.Web;

/// <summary>
/// <c>/capacity</c> for PMs: all teams side by side, one team's next two weeks with its chart and rotation, and the
/// capacity report PDF streamed to a signed-in viewer (the API's copy at /api/reports/capacity.pdf takes a key).
/// </summary>
public static class CapacityPageHandlers
{
    public static async Task<IResult> GetOverview(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, ReadCapacityOverview read, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            return Html.Page(WebLayout.Render(context, antiforgery, "Capacity", CapacityHtml.RenderOverview(await read.RunAsync(connection, cancellationToken))));
        }
        catch (InvalidDataException ex)
        {
            // An empty warehouse is a state to explain, not a failure.
            return Html.Page(WebLayout.Render(context, antiforgery, "Capacity", $"""<h1>Capacity</h1><p class="muted">{Html.E(ex.Message)}</p>"""));
        }
    }

    public static async Task<IResult> GetTeam(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, ReadTeamOutlook read, ReadExpertiseMap experts, string team,
        CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            var view = await read.RunAsync(connection, team, cancellationToken);
            var map = await experts.RunAsync(connection, view.Outlook.Team, null, null, 3, cancellationToken);
            return Html.Page(WebLayout.Render(context, antiforgery, $"{view.Outlook.Team} capacity",
                CapacityHtml.RenderTeam(view) + ExpertiseHtml.RenderSection(map)));
        }
        catch (Exception ex) when (ex is NotFoundException or InvalidDataException)
        {
            return Problem(context, antiforgery, ex.Message, StatusCodes.Status404NotFound);
        }
    }

    public static async Task<IResult> GetChart(WarehouseAccess warehouse, DrawTeamCapacityChart draw, string team, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            return Results.Text(await draw.RunAsync(connection, team, cancellationToken), "image/svg+xml; charset=utf-8");
        }
        catch (Exception ex) when (ex is NotFoundException or InvalidDataException)
        {
            return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }
    }

    public static Task<IResult> GetReport(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, RenderCapacityReport render, CancellationToken cancellationToken) =>
        ReportAsync(context, antiforgery, warehouse, render, team: null, cancellationToken);

    public static Task<IResult> GetTeamReport(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, RenderCapacityReport render, string team, CancellationToken cancellationToken) =>
        ReportAsync(context, antiforgery, warehouse, render, team, cancellationToken);

    private static async Task<IResult> ReportAsync(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, RenderCapacityReport render, string? team, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            var name = team is null ? RenderCapacityReport.DefaultFileName : $"capacity-report-{ReportRenderer.SafeName(team)}.pdf";
            var report = await render.RunAsync(connection, team, null, null, name, false, cancellationToken);
            return Results.File(report.Pdf, "application/pdf", report.FileName);
        }
        catch (Exception ex) when (ex is NotFoundException or InvalidDataException)
        {
            return Problem(context, antiforgery, ex.Message, StatusCodes.Status404NotFound);
        }
    }

    private static IResult Problem(HttpContext context, IAntiforgery antiforgery, string message, int status) =>
        Html.Page(WebLayout.Render(context, antiforgery, "Capacity",
            $"""<h1>Capacity</h1><p class="error" role="alert">{Html.E(message)}</p><p><a href="/capacity">All teams</a></p>"""), status);
}
