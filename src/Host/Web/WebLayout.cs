using Microsoft.AspNetCore.Antiforgery;
using Reporting.Host.Api;
using static Reporting.Host.Web.Html;

namespace Reporting.Host.Web;

/// <summary>The frame around every page: title, stylesheet, the pages the caller's role may open, who is signed in and the sign-out button.</summary>
public static class WebLayout
{
    /// <summary>Each page in the header, with the role it needs; a link is shown only to those who may follow it.</summary>
    private static readonly (string Path, string Label, string Role)[] Sections =
    [
        ("/", "Inbox", ApiRoles.Triager),
        ("/groups", "Recurring bugs", ApiRoles.Triager),
        ("/capacity", "Capacity", ApiRoles.Viewer),
        ("/leads", "Leads", ApiRoles.Viewer),
        ("/operations", "Operations", ApiRoles.Admin),
    ];

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
        var links = user is null
            ? ""
            : string.Concat(Sections.Where(s => context.User.IsInRole(s.Role)).Select(s => $"""<a href="{s.Path}">{E(s.Label)}</a>"""));
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
              <header><a class="brand" href="/">Reporting</a><nav><span class="sections">{links}</span>{account}</nav></header>
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
