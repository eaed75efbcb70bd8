using Microsoft.AspNetCore.Antiforgery;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>The frame around every page: title, stylesheet, who is signed in and the sign-out button.</summary>
public static class WebLayout
{
    public static string Render(HttpContext context, IAntiforgery antiforgery, string title, string body)
    {
        var user = context.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
        var tokens = antiforgery.GetAndStoreTokens(context);
        var account = user is null
            ? ""
            : $"""
              <span class="who">{E(user)}</span>
              <form method="post" action="/signout" class="inline">
                <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">
                <button type="submit">Sign out</button>
              </form>
              """;
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{E(title)} · Reporting</title>
              <link rel="stylesheet" href="{WebAssets.StylesheetPath}">
            </head>
            <body>
              <header><a class="brand" href="/">Reporting · triage</a><nav>{account}</nav></header>
              <main>
              {body}
              </main>
            </body>
            </html>
            """;
    }

    public static string AntiforgeryField(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"""<input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">""";
    }
}
