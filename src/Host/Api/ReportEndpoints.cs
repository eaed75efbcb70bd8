using Reporting.Host.Cli;
using Reporting.Host.Email;
using Reporting.Host.Service;
using Reporting.Reports.Digest;
using Reporting.Reports.Privacy;
using Reporting.Warehouse.Calendar;

namespace Reporting.Host.Api;

/// <summary>PDFs on demand: the capacity report and any PM's weekly digest, rendered from the live warehouse.</summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/capacity.pdf", async (
                string? team, DateOnly? from, DateOnly? to, WarehouseAccess warehouse, TimeProvider time, CancellationToken cancellationToken) =>
            {
                await using var connection = await warehouse.OpenAsync(cancellationToken);
                var (start, end) = await CliPeriod.ResolveAsync(connection, from, to, cancellationToken);
                if (end < start)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["must not be before from"] });
                }

                try
                {
                    var report = await ReportCommand.RenderCapacityAsync(connection, time, start, end, team, "capacity-report.pdf", false, cancellationToken);
                    return Results.File(report.Pdf, "application/pdf", report.FileName);
                }
                catch (ArgumentException ex) when (ex.Message.StartsWith("Unknown team", StringComparison.Ordinal))
                {
                    return Results.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound);
                }
            })
            .WithSummary("The capacity report as a PDF (one team or all, for a period)");

        api.MapGet("/digests/{week}/{pm}.pdf", async (string week, string pm, WarehouseAccess warehouse, TimeProvider time, CancellationToken cancellationToken) =>
            {
                if (!IsoWeek.TryParse(week, out var isoWeek))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["week"] = ["must be an ISO week such as 2026-W47"] });
                }

                await using var connection = await warehouse.OpenAsync(cancellationToken);
                DigestSubscription subscription;
                try
                {
                    subscription = await DigestSubscription.FindAsync(connection, pm, cancellationToken);
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidDataException)
                {
                    return Results.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound);
                }

                try
                {
                    var digest = await new WeeklyDigestRenderer(connection, time, TextMasker.Default).RenderAsync(subscription, isoWeek, false, cancellationToken);
                    return Results.File(digest.Report.Pdf, "application/pdf", digest.Report.FileName);
                }
                catch (NoDataForWeekException ex)
                {
                    return Results.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound);
                }
            })
            .WithSummary("A product manager's weekly digest as a PDF");

        api.MapGet("/digests/deliveries", async (string? week, IDeliveryLog log, CancellationToken cancellationToken) =>
                week is not null && !IsoWeek.TryParse(week, out _)
                    ? Results.ValidationProblem(new Dictionary<string, string[]> { ["week"] = ["must be an ISO week such as 2026-W47"] })
                    : Results.Ok(await log.ListAsync(week, cancellationToken)))
            .WithSummary("Digest deliveries: sent, waiting for a retry, failed for good, or of unknown outcome");
    }
}
