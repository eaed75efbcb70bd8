using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Reporting.Host.Api;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>/signin and /signout: an API key typed once becomes a session cookie carrying the key's name and roles.</summary>
public static class SignInHandlers
{
    public static IResult GetSignIn(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        Page(Form(context, antiforgery, returnUrl, error: null));

    public static async Task<IResult> PostSignIn(
        HttpContext context, IAntiforgery antiforgery, IOptionsMonitor<ApiKeyOptions> keys, ILoggerFactory loggers,
        [FromForm] string? key, [FromForm] string? returnUrl)
    {
        var entry = string.IsNullOrEmpty(key) ? null : ApiKeyHasher.Find(keys.CurrentValue.Keys, key);
        if (entry is null)
        {
            // The key itself is never logged.
            loggers.CreateLogger(typeof(SignInHandlers)).LogWarning("Rejected a sign-in from {Remote}", context.Connection.RemoteIpAddress);
            return Page(Form(context, antiforgery, returnUrl, "That key is not known here."), StatusCodes.Status401Unauthorized);
        }

        await context.SignInAsync(WebSession.CookieScheme, ApiKeyPrincipal.For(entry, WebSession.CookieScheme));
        return Results.Redirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    public static async Task<IResult> PostSignOut(HttpContext context, [FromForm] string? unused)
    {
        _ = unused; // a form parameter makes the framework check the antiforgery token
        await context.SignOutAsync(WebSession.CookieScheme);
        return Results.Redirect("/signin");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static string Form(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? error) =>
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
            </div>
            """);
}
