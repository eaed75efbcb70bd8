using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reporting.Host.Observability;

namespace Reporting.Host.Api;

/// <summary>
/// /healthz: liveness, the process answers (no data, no checks). /healthz/ready: the readiness checks
/// (<see cref="ObservabilityComposition.AddReportingHealthChecks"/>), 503 when one fails; each check is named with
/// its status, and callers with a key also read what was found or why it failed.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/healthz").WithTags("Health").AllowAnonymous();
        health.MapGet("", GetLiveness).WithSummary("Liveness: the process answers");
        health.MapGet("/ready", GetReadiness)
            .WithSummary("Readiness: warehouse writable, PostgreSQL and SMTP reachable when configured, every source pulled within twice its schedule, owner model age; 503 naming what failed")
            .Produces<ReadinessReport>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static Ok<LivenessReport> GetLiveness() => TypedResults.Ok(new LivenessReport(StatusName(HealthStatus.Healthy)));

    public static async Task<Results<Ok<ReadinessReport>, JsonHttpResult<ReadinessReport>>> GetReadiness(
        HttpContext http, HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(r => r.Tags.Contains(ObservabilityComposition.ReadyTag), cancellationToken);
        // What a check found (paths, hosts, errors) is for those who may read the service's data.
        var detailed = (await http.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName)).Succeeded;
        var body = new ReadinessReport(
            StatusName(report.Status),
            report.Entries.Select(e => new ReadinessCheck(
                e.Key, StatusName(e.Value.Status), detailed ? e.Value.Description : null, Math.Round(e.Value.Duration.TotalMilliseconds, 1))).ToList());
        return report.Status == HealthStatus.Unhealthy
            ? TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(body);
    }

    private static string StatusName(HealthStatus status) => status.ToString().ToLowerInvariant();
}

/// <summary>Liveness: always <c>healthy</c> when the process answers.</summary>
public sealed record LivenessReport(string Status);

/// <summary>Readiness: <c>healthy</c>, <c>degraded</c> (still 200) or <c>unhealthy</c> (503), and every check.</summary>
public sealed record ReadinessReport(string Status, IReadOnlyList<ReadinessCheck> Checks);

/// <summary>One readiness check; <see cref="Detail"/> (what was found, or why it failed) only for a caller with a key.</summary>
public sealed record ReadinessCheck(
    string Name,
    string Status,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Detail,
    double DurationMs);
