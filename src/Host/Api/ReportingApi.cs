namespace Reporting.Host.Api;

/// <summary>All HTTP endpoints, grouped by resource. Everything under /api needs an API key; each group says which role (<see cref="ApiRoles"/>).</summary>
public static class ReportingApi
{
    public static IEndpointRouteBuilder MapReportingApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthEndpoints();
        app.MapWebhookEndpoints(); // authenticated by signature, not by API key
        app.MapGroup("/api").RequireAuthorization()
            .MapCapacityEndpoints()
            .MapReportEndpoints()
            .MapDigestEndpoints()
            .MapTicketEndpoints()
            .MapOwnerEndpoints()
            .MapTriageEndpoints()
            .MapServiceEndpoints();
        return app;
    }
}
