using Microsoft.AspNetCore.Antiforgery;
using Reporting.Host.Application;
using Reporting.Host.Application.Triage;
using Reporting.Host.Service;

namespace Reporting.Host.Web;

/// <summary><c>GET /leads</c>: for team leads, how often triage took the suggested owner, per team and week.</summary>
public static class LeadsHandlers
{
    public static async Task<IResult> GetLeads(
        HttpContext context, IAntiforgery antiforgery, WarehouseAccess warehouse, ReadSuggestionAcceptance read, OwnerModelCache models,
        DateOnly? from, DateOnly? to, string? team, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var teams = await read.TeamsAsync(connection, cancellationToken);
        try
        {
            var acceptance = await read.RunAsync(connection, from, to, string.IsNullOrWhiteSpace(team) ? null : team, cancellationToken);
            var version = models.Registry.CurrentVersion();
            var card = OwnerModelCardHtml.Render(version, version is { } v ? models.Registry.ReadMetadata(v) : null);
            return Html.Page(WebLayout.Render(context, antiforgery, "Leads", LeadsHtml.Render(acceptance, teams) + "<h2>Owner model in use</h2>" + card));
        }
        catch (InvalidRequestException ex)
        {
            return Html.Page(WebLayout.Render(context, antiforgery, "Leads", $"""<p class="error">{Html.E(ex.Message)}</p><p><a href="/leads">Back to the last 12 weeks</a></p>"""),
                StatusCodes.Status400BadRequest);
        }
    }
}
