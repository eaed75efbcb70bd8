using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Reporting.Host.Api;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>/signin and /signout: an API key typed once (or the company's single sign-on) becomes a session cookie carrying a name and roles.</summary>
public static class SignInHandlers
{
    public static IResult GetSignIn(HttpContext context, IAntiforgery antiforgery, IOptions<SingleSignOnOptions> sso, string? returnUrl, string? error) =>
        Page(Form(context, antiforgery, sso.Value, returnUrl, error switch
        {
            SingleSignOn.NoRole => "Your account has no role in this workspace: ask an admin to map one of your groups.",
            SingleSignOn.Failed => "Single sign-on did not complete. Try again, or sign in with a key.",
            _ => null,
        }));

    /// <summary><c>GET /signin/sso</c>: off to the company's provider, back to the page asked for.</summary>
    public static IResult GetSingleSignOn(IOptions<SingleSignOnOptions> sso, string? returnUrl) =>
        sso.Value.Enabled
            ? TypedResults.Challenge(
                new AuthenticationProperties { RedirectUri = "/signin/continue?returnUrl=" + Uri.EscapeDataString(IsLocal(returnUrl) ? returnUrl! : "/") },
                [SingleSignOnOptions.Scheme])
            : TypedResults.NotFound();

    /// <summary><c>GET /signin/continue</c>: where a new session goes once its role is known.</summary>
    public static IResult GetContinue(HttpContext context, string? returnUrl) => Results.Redirect(Landing(context.User, returnUrl));

    /// <summary>The page asked for; the start page for the role when none was (a PM's is capacity, not the inbox).</summary>
    private static string Landing(System.Security.Claims.ClaimsPrincipal user, string? returnUrl) =>
        IsLocal(returnUrl) && returnUrl != "/" ? returnUrl! : user.IsInRole(ApiRoles.Triager) ? "/" : "/capacity";

    public static async Task<IResult> PostSignIn(
        HttpContext context, IAntiforgery antiforgery, IOptionsMonitor<ApiKeyOptions> keys, IOptions<SingleSignOnOptions> sso, ILoggerFactory loggers,
        [FromForm] string? key, [FromForm] string? returnUrl)
    {
        var entry = string.IsNullOrEmpty(key) ? null : ApiKeyHasher.Find(keys.CurrentValue.Keys, key);
        if (entry is null)
        {
            // The key itself is never logged.
            loggers.CreateLogger(typeof(SignInHandlers)).LogWarning("Rejected a sign-in from {Remote}", context.Connection.RemoteIpAddress);
            return Page(Form(context, antiforgery, sso.Value, returnUrl, "That key is not known here."), StatusCodes.Status401Unauthorized);
        }

        var principal = ApiKeyPrincipal.For(entry, WebSession.CookieScheme);
        await context.SignInAsync(WebSession.CookieScheme, principal);
        return Results.Redirect(Landing(principal, returnUrl));
    }

    public static async Task<IResult> PostSignOut(HttpContext context, [FromForm] string? unused)
    {
        _ = unused; // a form parameter makes the framework check the antiforgery token
        await context.SignOutAsync(WebSession.CookieScheme);
        return Results.Redirect("/signin");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static string Form(HttpContext context, IAntiforgery antiforgery, SingleSignOnOptions sso, string? returnUrl, string? error) =>
        WebLayout.Render(context, antiforgery, "Sign in",
            $"""
            <div class="signin card">
              <h1>Sign in</h1>
              <p class="muted">With your reporting API key (<code>reporting apikey new</code> makes one).</p>
              {(error is null ? "" : $"""<p class="error" role="alert">{E(error)}</p>""")}
              <form method="post" action="/signin">
                {WebLayout.AntiforgeryField(context, antiforgery)}
                <input type="hidden" name="returnUrl" value="{E(IsLocal(returnUrl) ? returnUrl : "/")}">
                <label for="key">API key</label>
                <input type="password" id="key" name="key" autocomplete="current-password" required autofocus>
                <button type="submit" class="primary">Sign in</button>
              </form>
              {(sso.Enabled ? $"""<p class="sso"><a class="button" href="/signin/sso?returnUrl={Uri.EscapeDataString(IsLocal(returnUrl) ? returnUrl! : "/")}">Sign in with {E(sso.DisplayName)}</a></p>""" : "")}
            </div>
            """);
}
