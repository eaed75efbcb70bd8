using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Analytics.Owners;
using Reporting.Host.Application;
using Reporting.Host.Application.Triage;
using Reporting.Host.Service;

namespace Reporting.Host.Api;

/// <summary>/api/triage: what the triage workspace's decisions say about the owner suggestions.</summary>
public static class TriageEndpoints
{
    public static RouteGroupBuilder MapTriageEndpoints(this RouteGroupBuilder api)
    {
        var triage = api.MapGroup("/triage").WithTags("Triage").RequireAuthorization(ApiRoles.Viewer);
        triage.MapGet("/acceptance", GetAcceptance)
            .WithSummary("How often triagers routed tickets to the suggested owner (top-1) or one of the three shown (top-3), from their latest decision per ticket: in all, per team of the decided service, and per ISO week of the decision; the period defaults to the 12 weeks ending today");
        return api;
    }

    public static async Task<Results<Ok<AcceptanceResponse>, ValidationProblem>> GetAcceptance(
        DateOnly? from, DateOnly? to, string? team, WarehouseAccess warehouse, ReadSuggestionAcceptance read, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            return TypedResults.Ok(AcceptanceResponse.Of(
                await read.RunAsync(connection, from, to, string.IsNullOrWhiteSpace(team) ? null : team, cancellationToken)));
        }
        catch (InvalidRequestException ex)
        {
            return ApiProblems.Invalid(ex);
        }
    }
}

/// <summary>Acceptance for a period of decision days (inclusive) and one team or all (null); rates are null where nothing was decided.</summary>
public sealed record AcceptanceResponse(
    DateOnly From, DateOnly To, string? Team, AcceptanceCounts Total, IReadOnlyList<TeamAcceptanceJson> Teams, IReadOnlyList<WeekAcceptanceJson> Weeks)
{
    public static AcceptanceResponse Of(SuggestionAcceptance a) => new(
        a.From, a.To, a.Team, a.Total,
        a.Teams.Select(t => new TeamAcceptanceJson(t.Team, t.Counts.Decided, t.Counts.Top1, t.Counts.Top3, t.Counts.Unsuggested, t.Counts.Top1Rate, t.Counts.Top3Rate)).ToList(),
        a.Weeks.Select(w => new WeekAcceptanceJson(w.Week.ToString(), w.Week.Monday, w.Team, w.Counts.Decided, w.Counts.Top1, w.Counts.Top3,
            w.Counts.Unsuggested, w.Counts.Top1Rate, w.Counts.Top3Rate)).ToList());
}

/// <summary>One team's decisions over the period.</summary>
public sealed record TeamAcceptanceJson(string Team, long Decided, long Top1, long Top3, long Unsuggested, double? Top1Rate, double? Top3Rate);

/// <summary>One team's decisions in one ISO week (<c>2026-W47</c>, starting on <c>week_start</c>).</summary>
public sealed record WeekAcceptanceJson(
    string Week, DateOnly WeekStart, string Team, long Decided, long Top1, long Top3, long Unsuggested, double? Top1Rate, double? Top3Rate);
