namespace Reporting.Host.Api;

/// <summary>All HTTP endpoints, grouped by what they serve. Everything under /api needs an API key.</summary>
public static class ReportingApi
{
    public static IEndpointRouteBuilder MapReportingApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthEndpoints();
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapCapacityEndpoints();
        api.MapReportEndpoints();
        api.MapSimilarTicketEndpoints();
        api.MapOwnerEndpoints();
        return app;
    }
}
