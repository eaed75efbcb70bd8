using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;

namespace Reporting.Host.Api;

/// <summary>
/// The Hangfire dashboard admits only callers authenticated with an admin API key (Hangfire's default, local
/// requests only, would open it to anyone on the machine and to nobody else).
/// </summary>
public sealed class DashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var result = await http.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
        if (result.Succeeded)
        {
            http.User = result.Principal;
            // The dashboard can trigger and delete jobs: admins only.
            return result.Principal.IsInRole(ApiRoles.Admin);
        }

        // Ask the browser for credentials instead of Hangfire's bare 401.
        http.Response.Headers.WWWAuthenticate = "Basic realm=\"reporting\", charset=\"UTF-8\"";
        return false;
    }
}
