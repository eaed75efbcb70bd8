using Reporting.Warehouse;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Analytics.Digest;
using Reporting.Host.Application;
using Reporting.Host.Application.Digests;
using Reporting.Host.Email;
using Reporting.Host.Service;
using Reporting.Warehouse.Calendar;
using Reporting.Reports.Privacy;

namespace Reporting.Host.Api;

/// <summary>/api/digests: any PM's weekly digest PDF, and the delivery records of the e-mailed ones.</summary>
public static class DigestEndpoints
{
    public static RouteGroupBuilder MapDigestEndpoints(this RouteGroupBuilder api)
    {
        var digests = api.MapGroup("/digests").WithTags("Digests").RequireAuthorization(ApiRoles.Viewer);
        digests.MapGet("/{week}/{pm}.pdf", GetDigest).WithSummary("A product manager's weekly digest as a PDF");
        digests.MapGet("/deliveries", ListDeliveries).RequireAuthorization(ApiRoles.Admin)
            .WithSummary("Digest deliveries: sent, in progress, waiting for a retry or for data, failed for good, or of unknown outcome");
        return api;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetDigest(
        string week, string pm, WarehouseAccess warehouse, TimeProvider time, TextMasker masker, CancellationToken cancellationToken)
    {
        if (!IsoWeek.TryParse(week, out var isoWeek))
        {
            return ApiProblems.Invalid("week", "must be an ISO week such as 2026-W47");
        }

        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var digests = new RenderDigests(connection, time, masker);
        try
        {
            var subscription = (await digests.SubscriptionsAsync(pm, cancellationToken))[0];
            var digest = await digests.RenderAsync(subscription, isoWeek, false, cancellationToken);
            return TypedResults.File(digest.Report.Pdf, "application/pdf", digest.Report.FileName);
        }
        catch (Exception ex) when (ex is NotFoundException or NoDataForWeekException)
        {
            return ApiProblems.NotFound(ex.Message);
        }
    }

    public static async Task<Results<Ok<IReadOnlyList<DeliveryRecord>>, ValidationProblem>> ListDeliveries(
        string? week, IDeliveryLog log, CancellationToken cancellationToken)
    {
        if (week is not null && !IsoWeek.TryParse(week, out _))
        {
            return ApiProblems.Invalid("week", "must be an ISO week such as 2026-W47");
        }

        return TypedResults.Ok(await log.ListAsync(week, cancellationToken));
    }
}
