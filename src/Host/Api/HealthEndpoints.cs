using Microsoft.AspNetCore.Http.HttpResults;
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
        var tickets = await connection.ScalarAsync<long>("SELECT count(*) FROM tickets", cancellationToken: cancellationToken);
        return TypedResults.Ok(new HealthResponse("ok", tickets));
    }
}

public sealed record HealthResponse(string Status, long Tickets);
