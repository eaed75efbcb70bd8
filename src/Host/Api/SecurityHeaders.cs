namespace Reporting.Host.Api;

/// <summary>
/// Headers every response of the service carries: no content sniffing, no referrer leaking ticket ids to other
/// sites, no framing, and a content security policy that allows only the service's own resources. Hangfire's
/// dashboard writes inline scripts and styles, so its pages allow those and nothing else more.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    public const string DashboardPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/hangfire") ? DashboardPolicy : Policy;
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
