using Scalar.AspNetCore;

namespace Reporting.Host.Api;

/// <summary>
/// /api/reference: the OpenAPI document (/openapi/v1.json) as a browsable reference (Scalar), served from the
/// service itself: no CDN fonts, no AI agent, no telemetry, no toolbar linking to scalar.com, and a fresh script nonce per response for the CSP
/// (<see cref="SecurityHeaders.ReferencePolicy"/>). Like the document, it is public; trying a request needs a key.
/// </summary>
public static class ApiReference
{
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference(SecurityHeaders.ReferencePath, o => o
                .WithTitle("Reporting API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableAgent()
                .DisableMcp()
                .DisableTelemetry()
                .HideDeveloperTools()
                .WithNonce())
            .AllowAnonymous();
        return app;
    }
}
