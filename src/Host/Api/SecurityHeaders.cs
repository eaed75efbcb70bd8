namespace Reporting.Host.Api;

/// <summary>
/// Headers every response of the service carries: no content sniffing, no referrer leaking ticket ids to other
/// sites, no framing, and a content security policy that allows only the service's own resources. Hangfire's
/// dashboard writes inline scripts and styles, so its pages allow those and nothing else more. The API reference
/// (Scalar) starts with one inline script, admitted by the nonce Scalar generates for that response, and styles its
/// elements inline.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    public const string DashboardPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public const string ReferencePath = "/api/reference";

    public static string ReferencePolicy(string? nonce) =>
        $"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'{(nonce is null ? "" : $" 'nonce-{nonce}'")}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path switch
            {
                var p when p.StartsWithSegments("/hangfire") => DashboardPolicy,
                var p when p.StartsWithSegments(ReferencePath) =>
                    ReferencePolicy(context.Items.TryGetValue(Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey, out var nonce) ? nonce as string : null),
                _ => Policy,
            };
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
