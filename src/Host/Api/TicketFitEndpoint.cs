using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.RotationFit;
using Reporting.Host.Application;
using Reporting.Host.Application.Tickets;
using Reporting.Host.Service;
using Reporting.Warehouse;

namespace Reporting.Host.Api;

/// <summary><c>GET /api/tickets/{id}/fit</c>: whether a ticket fits in this rotation (mapped in <see cref="TicketEndpoints"/>).</summary>
public static class TicketFitEndpoint
{
    public static async Task<Results<Ok<TicketFit>, ValidationProblem, ProblemHttpResult>> GetTicketFit(
        string id, WarehouseAccess warehouse, SimilarTicketFinder finder, EstimateTicketFit estimate, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            return TypedResults.Ok(await estimate.RunAsync(connection, finder, id, cancellationToken));
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
