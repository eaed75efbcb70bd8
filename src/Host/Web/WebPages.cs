using Reporting.Host.Api;

namespace Reporting.Host.Web;

/// <summary>
/// The triage workspace's pages, rendered on the server: sign-in and sign-out for anyone, the inbox and ticket
/// pages for triagers. Every form carries an antiforgery token, checked before its handler runs.
/// </summary>
public static class WebPages
{
    public static IEndpointRouteBuilder MapWebPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(WebAssets.StylesheetPath, WebAssets.GetStylesheet).AllowAnonymous().ExcludeFromDescription();

        var account = app.MapGroup("").ExcludeFromDescription();
        account.MapGet("/signin", SignInHandlers.GetSignIn).AllowAnonymous();
        account.MapPost("/signin", SignInHandlers.PostSignIn).AllowAnonymous();
        account.MapPost("/signout", SignInHandlers.PostSignOut).RequireAuthorization();

        var triage = app.MapGroup("").ExcludeFromDescription().RequireAuthorization(ApiRoles.Triager);
        triage.MapGet("/", InboxHandlers.GetInbox);
        triage.MapGet("/tickets/{source}/{id}", TicketHandlers.GetTicket);
        triage.MapPost("/tickets/{source}/{id}/decisions", TicketHandlers.PostDecision);

        // Team leads (viewers and up): how often triage took the suggested owner.
        var leads = app.MapGroup("").ExcludeFromDescription().RequireAuthorization(ApiRoles.Viewer);
        leads.MapGet("/leads", LeadsHandlers.GetLeads);
        return app;
    }
}
