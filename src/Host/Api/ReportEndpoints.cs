using Reporting.Warehouse;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Host.Application;
using Reporting.Host.Application.Capacity;
using Reporting.Host.Service;

namespace Reporting.Host.Api;

/// <summary>/api/reports: the capacity report PDF on demand, rendered from the live warehouse.</summary>
public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(ApiRoles.Viewer);
        reports.MapGet("/capacity.pdf", GetCapacityReport)
            .WithSummary("The capacity report as a PDF (one team or all, for a period)");
        return api;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetCapacityReport(
        string? team, DateOnly? from, DateOnly? to, WarehouseAccess warehouse, RenderCapacityReport render, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            var report = await render.RunAsync(connection, team, from, to, RenderCapacityReport.DefaultFileName, false, cancellationToken);
            return TypedResults.File(report.Pdf, "application/pdf", report.FileName);
        }
        catch (InvalidRequestException ex)
        {
            return ApiProblems.Invalid(ex);
        }
        catch (NotFoundException ex)
        {
            return ApiProblems.NotFound(ex.Message);
        }
    }
}
