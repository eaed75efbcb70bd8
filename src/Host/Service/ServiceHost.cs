using Hangfire;
using Reporting.Host.Api;
using Reporting.Host.Observability;
using Reporting.Host.Web;

namespace Reporting.Host.Service;

/// <summary>
/// Builds the two kinds of process: <c>reporting serve</c> (the writer: API, dashboard, scheduler, warehouse
/// queue) and <c>reporting worker</c> (jobs only, from the published snapshot). Configuration is the standard
/// stack: appsettings.json, environment variables (e.g. <c>Smtp__Password</c>), then command-line options.
/// </summary>
public static class ServiceHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication BuildWriter(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        overrides?.Invoke(builder.Services);
        builder.Services.AddReportingService(builder.Configuration, ServiceRole.Writer);
        builder.Services.AddReportingHealthChecks(builder.Configuration);
        builder.Services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section)
            .Validate(o => o.Keys.All(k => k.Sha256.Length == 64 && k.Sha256.All(char.IsAsciiHexDigit)),
                "Api:Keys:N:Sha256 must be the 64 hex digits `reporting apikey new` prints")
            .Validate(o => o.Keys.All(k => ApiRoles.IsKnown(k.Role)),
                $"Api:Keys:N:Role must be one of {string.Join(", ", ApiRoles.All)}, or left out for full access")
            .ValidateOnStart();
        builder.Services.AddReportingAuthentication(builder.Configuration);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiRoles.Viewer, p => p.RequireRole(ApiRoles.Viewer))
            .AddPolicy(ApiRoles.Triager, p => p.RequireRole(ApiRoles.Triager))
            .AddPolicy(ApiRoles.Admin, p => p.RequireRole(ApiRoles.Admin));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures become exceptions, so the handler above can name the parameter.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Hangfire's dashboard checks antiforgery tokens on its buttons once the service is registered:
        // cached Basic credentials must not let another site trigger jobs.
        builder.Services.AddAntiforgery();
        // The API speaks the same snake_case JSON as the CLI's --json.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<ApiKeySecurityScheme>());
        var maxBytes = builder.Configuration.GetValue<long?>($"{ReportingOptions.Section}:{nameof(ReportingOptions.MaxRequestBytes)}") ?? new ReportingOptions().MaxRequestBytes;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = maxBytes;
            k.AddServerHeader = false; // no banner naming the server to probe for
        });

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapApiReference();
        app.MapReportingMetrics();
        app.MapReportingApi();
        app.MapWebPages();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new DashboardAuthorizationFilter()],
            DashboardTitle = "Reporting jobs",
        });
        return app;
    }

    public static IHost BuildWorker(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        overrides?.Invoke(builder.Services);
        builder.Services.AddReportingService(builder.Configuration, ServiceRole.Worker);
        return builder.Build();
    }
}
