using Reporting.Host.Service;
using Reporting.Warehouse;

namespace Reporting.Host.Api;

public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async (WarehouseAccess warehouse, CancellationToken cancellationToken) =>
        {
            await using var connection = await warehouse.OpenAsync(cancellationToken);
            var tickets = await connection.ScalarAsync<long>("SELECT count(*) FROM tickets", cancellationToken: cancellationToken);
            return Results.Ok(new { status = "ok", tickets });
        })
        .WithSummary("Liveness: the warehouse can be read")
        .AllowAnonymous();
}
