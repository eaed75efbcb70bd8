using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Reporting.Host.Api;

namespace Reporting.Host.Web;

/// <summary>
/// How callers are authenticated: /api only ever by API key (401, never a redirect); pages by a key presented as
/// Basic or Bearer (or X-Api-Key), otherwise by the session cookie that <c>/signin</c> issues, which carries the
/// same name and role claims as the key. A session ends when its key is removed or its role changes.
/// </summary>
public static class WebSession
{
    public const string CookieScheme = "Session";
    public const string SelectingScheme = "KeyOrSession";
    public const string CookieName = "reporting.session";

    public static IServiceCollection AddReportingAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var sso = configuration.GetSection(SingleSignOnOptions.Section).Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        services.Configure<SingleSignOnOptions>(configuration.GetSection(SingleSignOnOptions.Section));
        var authentication = services.AddAuthentication(SelectingScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                // Strict unless a provider sends people back: a session set at the end of that cross-site
                // redirect would not be sent on the very next request. Forms are antiforgery-checked either way.
                o.Cookie.SameSite = sso.Enabled ? SameSiteMode.Lax : SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    // A signed-in viewer asking for a triager's page is forbidden, not sent elsewhere.
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                o.Events.OnValidatePrincipal = StillGrantedAsync;
            })
            .AddPolicyScheme(SelectingScheme, "API key or session", o => o.ForwardDefaultSelector = Select);
        if (sso.Enabled)
        {
            authentication.AddOpenIdConnect(SingleSignOnOptions.Scheme, sso.DisplayName, o => SingleSignOn.Configure(o, sso));
        }

        return services;
    }

    private static string Select(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        || context.Request.Headers.ContainsKey("X-Api-Key")
        || context.Request.Headers.ContainsKey("Authorization")
            ? ApiKeyAuthenticationHandler.SchemeName
            : CookieScheme;

    private static async Task StillGrantedAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.HasClaim(SingleSignOnRoles.ViaClaim, SingleSignOnOptions.Scheme) == true)
        {
            return; // vouched for by the provider; the session's lifetime bounds it
        }

        var name = context.Principal?.Identity?.Name;
        var keys = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<ApiKeyOptions>>().CurrentValue.Keys;
        var entry = keys.FirstOrDefault(k => k.Name == name);
        var roles = context.Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];
        if (entry is null || !roles.SequenceEqual(ApiRoles.Granted(entry.Role)))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme);
        }
    }
}
