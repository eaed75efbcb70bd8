using Reporting.Host.Api;

namespace Reporting.Host.Web;

/// <summary>
/// The triage workspace's pages, rendered on the server: sign-in and sign-out for anyone, the inbox and ticket
/// pages for triagers, capacity for viewers (PMs), operations for admins. Every form carries an antiforgery token, checked before its handler runs.
/// </summary>
public static class WebPages
{
    public static IEndpointRouteBuilder MapWebPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(WebAssets.StylesheetPath, WebAssets.GetStylesheet).AllowAnonymous().ExcludeFromDescription();

        var account = app.MapGroup("").ExcludeFromDescription();
        account.MapGet("/signin", SignInHandlers.GetSignIn).AllowAnonymous();
        account.MapPost("/signin", SignInHandlers.PostSignIn).AllowAnonymous();
        account.MapGet("/signin/sso", SignInHandlers.GetSingleSignOn).AllowAnonymous();
        account.MapGet("/signin/continue", SignInHandlers.GetContinue).RequireAuthorization();
        account.MapPost("/signout", SignInHandlers.PostSignOut).RequireAuthorization();

        var triage = app.MapGroup("").ExcludeFromDescription().RequireAuthorization(ApiRoles.Triager);
        triage.MapGet("/", InboxHandlers.GetInbox);
        triage.MapGet("/tickets/{source}/{id}", TicketHandlers.GetTicket);
        triage.MapPost("/tickets/{source}/{id}/decisions", TicketHandlers.PostDecision);

        // Recurring bugs: the groups by impact, one group with split buttons, and merging it into another.
        triage.MapGet("/groups", GroupsHandlers.GetGroups);
        triage.MapGet("/groups/{id}", GroupsHandlers.GetGroup);
        triage.MapPost("/groups/{id}/merge", GroupsHandlers.PostMerge);

        var capacity = app.MapGroup("/capacity").ExcludeFromDescription().RequireAuthorization(ApiRoles.Viewer);
        capacity.MapGet("", CapacityPageHandlers.GetOverview);
        capacity.MapGet("/report.pdf", CapacityPageHandlers.GetReport);
        capacity.MapGet("/{team}", CapacityPageHandlers.GetTeam);
        capacity.MapGet("/{team}/chart.svg", CapacityPageHandlers.GetChart);
        capacity.MapGet("/{team}/report.pdf", CapacityPageHandlers.GetTeamReport);

        var operations = app.MapGroup("/operations").ExcludeFromDescription().RequireAuthorization(ApiRoles.Admin);
        operations.MapGet("", OperationsHandlers.GetOperations);
        operations.MapGet("/rejects", OperationsHandlers.GetRejects);

        // Team leads (viewers and up): how often triage took the suggested owner.
        var leads = app.MapGroup("").ExcludeFromDescription().RequireAuthorization(ApiRoles.Viewer);
        leads.MapGet("/leads", LeadsHandlers.GetLeads);
        return app;
    }
}
