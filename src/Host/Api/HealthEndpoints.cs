using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Warehouse.Queries;
using Reporting.Host.Service;
using Reporting.Warehouse;

namespace Reporting.Host.Api;

/// <summary>/healthz: liveness, open to anyone.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth).WithSummary("Liveness: the warehouse can be read").WithTags("Health").AllowAnonymous();
        return app;
    }

    public static async Task<Ok<HealthResponse>> GetHealth(WarehouseAccess warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var tickets = await TicketQueries.CountAsync(connection, cancellationToken);
        return TypedResults.Ok(new HealthResponse("ok", tickets));
    }
}

public sealed record HealthResponse(string Status, long Tickets);
