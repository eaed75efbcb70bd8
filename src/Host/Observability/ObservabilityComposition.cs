using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Reporting.Host.Api;
using Reporting.Host.Email;
using Reporting.Host.Jobs;
using Reporting.Host.Observability.Health;
using Reporting.Host.Service;

namespace Reporting.Host.Observability;

/// <summary>
/// Metrics (OpenTelemetry, scraped by Prometheus) for every process, and the readiness checks of the writer.
/// The writer serves <c>/metrics</c> to admin keys; <c>Metrics:Port</c> (with <c>Metrics:Host</c>, default localhost)
/// serves them without a key on a separate listener, which is how a worker, which has no HTTP API, is scraped.
/// </summary>
public static class ObservabilityComposition
{
    public const string MetricsPath = "/metrics";
    public const string PortKey = "Metrics:Port";
    public const string HostKey = "Metrics:Host";
    public const string ReadyTag = "ready";

    public static IServiceCollection AddReportingMetrics(this IServiceCollection services, IConfiguration configuration, ServiceRole role)
    {
        var port = configuration[PortKey];
        if (!string.IsNullOrWhiteSpace(port) && !(int.TryParse(port, out var number) && number is >= 1 and <= 65535))
        {
            throw new OptionsValidationException(PortKey, typeof(int), [$"{PortKey} must be a TCP port, 1–65535, not '{port}'"]);
        }

        services.AddMetrics(); // the meter factory; hosts add it themselves, a bare service collection (tests) does not
        services.AddSingleton<ReportingMetrics>();
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("reporting", serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}:{role.ToString().ToLowerInvariant()}"))
            .WithMetrics(metrics =>
            {
                // Ours, plus what ASP.NET Core and the runtime publish themselves (requests, connections, GC, threads).
                metrics.AddMeter(ReportingMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime");
                if (role == ServiceRole.Writer)
                {
                    metrics.AddPrometheusExporter();
                }

                if (!string.IsNullOrWhiteSpace(port))
                {
                    metrics.AddPrometheusHttpListener(o =>
                    {
                        o.Port = int.Parse(port, System.Globalization.CultureInfo.InvariantCulture);
                        o.Host = configuration[HostKey] is { Length: > 0 } host ? host : "localhost";
                    });
                }
            });
        if (role == ServiceRole.Writer)
        {
            services.AddSingleton<WarehouseGauges>();
            services.AddHostedService(sp => sp.GetRequiredService<WarehouseGauges>());
        }

        return services;
    }

    /// <summary>The checks behind /healthz/ready: warehouse writable, PostgreSQL and SMTP when configured, every source fresh, the owner model's age.</summary>
    public static IServiceCollection AddReportingHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ServiceStarted>();
        services.AddHostedService(sp => sp.GetRequiredService<ServiceStarted>());
        var timeout = TimeSpan.FromSeconds(10);
        var checks = services.AddHealthChecks()
            .AddCheck<WarehouseWritableCheck>("warehouse", tags: [ReadyTag], timeout: timeout);
        var postgres = configuration.GetConnectionString(HangfireStorageFactory.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            checks.AddTypeActivatedCheck<PostgresReachableCheck>("postgresql", null, [ReadyTag], timeout, postgres);
        }

        if (!string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.Section}:{nameof(SmtpOptions.Host)}"]))
        {
            checks.AddCheck<SmtpReachableCheck>("smtp", tags: [ReadyTag], timeout: timeout);
        }

        foreach (var source in configuration.GetSection(Reporting.Ingest.Sources.SourcesConfiguration.SectionName).GetChildren().Select(s => s.Key))
        {
            checks.AddTypeActivatedCheck<SourceFreshnessCheck>($"source:{source}", null, [ReadyTag], timeout, source);
        }

        checks.AddCheck<OwnerModelAgeCheck>("owner-model", tags: [ReadyTag], timeout: timeout);
        return services;
    }

    /// <summary>GET /metrics in the Prometheus text format, for admin keys only (401 without a key, 403 for other roles).</summary>
    public static IEndpointRouteBuilder MapReportingMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath)
            .RequireAuthorization(p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(ApiRoles.Admin));
        return app;
    }
}
