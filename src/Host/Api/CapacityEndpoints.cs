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
        var teams = api.MapGroup("/teams").WithTags("Capacity");
        teams.MapGet("/{team}/capacity", GetTeamCapacity)
            .WithSummary("Capacity per ISO week for one team: nominal, rotation, support, leaked, effective, with a forecast");
        return api;
    }

    public static async Task<Results<Ok<TeamCapacityResponse>, ValidationProblem, ProblemHttpResult>> GetTeamCapacity(
        string team, DateOnly? from, DateOnly? to, int? forecastWeeks,
        WarehouseAccess warehouse, ComputeCapacity capacity, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            var answer = await capacity.RunAsync(connection, new CapacityRequest(team, from, to, forecastWeeks ?? 2), cancellationToken);
            return TypedResults.Ok(new TeamCapacityResponse(team, answer.Result.RosterNote, answer.Weeks.ToList()));
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

/// <summary>One team's capacity weeks.</summary>
public sealed record TeamCapacityResponse(string Team, string Note, IReadOnlyList<CapacityWeekJson> Weeks);
