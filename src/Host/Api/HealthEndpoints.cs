using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Warehouse.Queries;
using Reporting.Host.Service;
using Reporting.Warehouse;

namespace Reporting.Host.Api;

/// <summary>/healthz: liveness, open to anyone; how many tickets the warehouse holds only for a caller with a key.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth).WithSummary("Liveness: the warehouse can be read").WithTags("Health").AllowAnonymous();
        return app;
    }

    public static async Task<Ok<HealthResponse>> GetHealth(HttpContext http, WarehouseAccess warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var tickets = await TicketQueries.CountAsync(connection, cancellationToken);
        // Reading the count proves the warehouse answers; telling it is for those who may read the data.
        var known = (await http.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName)).Succeeded;
        return TypedResults.Ok(new HealthResponse("ok", known ? tickets : null));
    }
}

/// <summary>Liveness; <see cref="Tickets"/> only for a caller with a key (omitted otherwise).</summary>
public sealed record HealthResponse(
    string Status,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] long? Tickets);
