using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Reporting.Host.Web;

namespace Reporting.Host.Api;

/// <summary>
/// The Hangfire dashboard admits only admins: by API key (X-Api-Key, Bearer, or Basic with the key as password), or
/// by the session cookie of a signed-in admin, chosen as for every page (<see cref="WebSession"/>). Hangfire's
/// default, local requests only, would open it to anyone on the machine and to nobody else. A signed-in
/// non-admin is refused with 403, an anonymous caller with 401.
/// </summary>
public sealed class DashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var result = await http.AuthenticateAsync(WebSession.SelectingScheme);
        if (result.Succeeded)
        {
            // Hangfire answers 403 rather than 401 to a caller it sees authenticated.
            http.User = result.Principal;
            // The dashboard can trigger and delete jobs: admins only.
            return result.Principal.IsInRole(ApiRoles.Admin);
        }

        // Ask the browser for credentials instead of Hangfire's bare 401.
        http.Response.Headers.WWWAuthenticate = "Basic realm=\"reporting\", charset=\"UTF-8\"";
        return false;
    }
}
