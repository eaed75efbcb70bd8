using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Reporting.Host.Web;

/// <summary>
/// The OpenID Connect handler as the workspace uses it: authorization code with PKCE, the answer by query (no
/// cross-site form post), and the provider's identity replaced by a session with a mapped role before it is stored.
/// </summary>
public static class SingleSignOn
{
    public const string CallbackPath = "/signin-oidc";
    public const string NoRole = "no-role";
    public const string Failed = "failed";
    private const string NoRoleMessage = "The provider's identity maps to no workspace role.";

    public static void Configure(OpenIdConnectOptions o, SingleSignOnOptions sso)
    {
        o.Authority = sso.Authority;
        o.ClientId = sso.ClientId;
        o.ClientSecret = sso.ClientSecret;
        o.RequireHttpsMetadata = sso.RequireHttpsMetadata;
        o.SignInScheme = WebSession.CookieScheme;
        o.CallbackPath = CallbackPath;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.SaveTokens = false;
        o.Scope.Clear();
        o.Scope.Add("openid");
        o.Scope.Add("profile");
        // The provider answers with a top-level GET, which carries Lax cookies; http only on a test network.
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.Events.OnTokenValidated = context =>
        {
            var session = SingleSignOnRoles.Map(context.Principal!, sso, WebSession.CookieScheme);
            if (session is null)
            {
                context.Fail(NoRoleMessage);
                return Task.CompletedTask;
            }

            context.Principal = session;
            return Task.CompletedTask;
        };
        o.Events.OnRemoteFailure = context =>
        {
            // Back to the sign-in page with a fixed reason code (never text from the query), the detail in the log.
            var noRole = context.Failure?.Message.Contains(NoRoleMessage, StringComparison.Ordinal) == true;
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOn))
                .LogWarning(context.Failure, "Single sign-on failed");
            context.Response.Redirect("/signin?error=" + (noRole ? NoRole : Failed));
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}
