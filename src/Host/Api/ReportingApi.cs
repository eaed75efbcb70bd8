namespace Reporting.Host.Api;

/// <summary>All HTTP endpoints, grouped by resource. Everything under /api needs an API key; each group says which role (<see cref="ApiRoles"/>).</summary>
public static class ReportingApi
{
    public static IEndpointRouteBuilder MapReportingApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthEndpoints();
        app.MapGroup("/api").RequireAuthorization()
            .MapCapacityEndpoints()
            .MapReportEndpoints()
            .MapDigestEndpoints()
            .MapTicketEndpoints()
            .MapOwnerEndpoints()
            .MapServiceEndpoints();
        return app;
    }
}
