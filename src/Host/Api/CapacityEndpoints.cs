using Reporting.Warehouse;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Host.Application;
using Reporting.Host.Application.Capacity;
using Reporting.Host.Service;

namespace Reporting.Host.Api;

/// <summary>/api/teams: capacity per team and ISO week.</summary>
public static class CapacityEndpoints
{
    public static RouteGroupBuilder MapCapacityEndpoints(this RouteGroupBuilder api)
    {
        var teams = api.MapGroup("/teams").WithTags("Capacity").RequireAuthorization(ApiRoles.Viewer);
        teams.MapGet("/{team}/capacity", GetTeamCapacity)
            .WithSummary("Capacity per ISO week for one team: team hours, rotation, support (absorbed, by teammates, overflow), left for planned work, with a forecast; stored figures when fresh");
        return api;
    }

    public static async Task<Results<Ok<TeamCapacityResponse>, ValidationProblem, ProblemHttpResult>> GetTeamCapacity(
        string team, DateOnly? from, DateOnly? to, int? forecastWeeks,
        WarehouseAccess warehouse, ReadTeamCapacity capacity, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            var answer = await capacity.RunAsync(connection, new CapacityRequest(team, from, to, forecastWeeks ?? 2), cancellationToken);
            return TypedResults.Ok(new TeamCapacityResponse(answer.Team, answer.Note, answer.Weeks, answer.Source, answer.ComputedAt));
        }
        catch (InvalidRequestException ex)
        {
            return ApiProblems.Invalid(ex);
        }
        catch (NotFoundException ex)
        {
            return ApiProblems.NotFound(ex.Message);
        }
    }
}

/// <summary>One team's capacity weeks; <c>source</c> says whether they are the stored figures (with when they were computed) or were computed now.</summary>
public sealed record TeamCapacityResponse(string Team, string Note, IReadOnlyList<CapacityWeekJson> Weeks, string Source, DateTime? ComputedAt);
