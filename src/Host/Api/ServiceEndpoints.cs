using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Analytics.Expertise;
using Reporting.Host.Application;
using Reporting.Host.Application.Expertise;
using Reporting.Host.Service;
using Reporting.Warehouse;

namespace Reporting.Host.Api;

/// <summary>/api/services: who knows each service (the expertise map) and its bus factor.</summary>
public static class ServiceEndpoints
{
    public static RouteGroupBuilder MapServiceEndpoints(this RouteGroupBuilder api)
    {
        var services = api.MapGroup("/services").WithTags("Services").RequireAuthorization(ApiRoles.Viewer);
        services.MapGet("/experts", GetAllExperts)
            .WithSummary("Every service's bus factor and top people over a period (default the 26 weeks to the newest ticket; top 1-50, default 3)");
        services.MapGet("/{service}/experts", GetServiceExperts)
            .WithSummary("Who has handled one service's tickets (assigned or commented), weighted towards recent work (half-life 13 weeks), and its bus factor (fewest people covering 80% of its handled tickets)");
        return api;
    }

    public static async Task<Results<Ok<ServiceExpertsResponse>, ValidationProblem, ProblemHttpResult>> GetServiceExperts(
        string service, DateOnly? from, DateOnly? to, int? top, WarehouseAccess warehouse, ReadServiceExperts read, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            var answer = await read.RunAsync(connection, service, from, to, top, cancellationToken);
            return TypedResults.Ok(ServiceExpertsResponse.Of(answer.Period, answer.Expertise));
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

    public static async Task<Results<Ok<ExpertiseMapResponse>, ValidationProblem>> GetAllExperts(
        DateOnly? from, DateOnly? to, int? top, WarehouseAccess warehouse, ReadExpertiseMap read, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            var answer = await read.RunAsync(connection, null, from, to, top ?? 3, cancellationToken);
            return TypedResults.Ok(new ExpertiseMapResponse(answer.Period.From, answer.Period.To, ExpertiseMap.HalfLifeDays, ExpertiseMap.Coverage,
                answer.Services.Select(s => ServiceExpertsResponse.Of(answer.Period, s)).ToList()));
        }
        catch (InvalidRequestException ex)
        {
            return ApiProblems.Invalid(ex);
        }
    }
}

/// <summary>
/// One service's expertise: tickets created in [from, to], those someone handled, the bus factor (null: nobody handled any),
/// and the people by weighted score.
/// </summary>
public sealed record ServiceExpertsResponse(
    string Service, string Team, DateOnly From, DateOnly To, int Tickets, int HandledTickets, int? BusFactor, bool AtRisk,
    IReadOnlyList<ServiceExpertJson> People)
{
    public static ServiceExpertsResponse Of(ReportingPeriod period, ServiceExpertise s) =>
        new(s.Service, s.Team, period.From, period.To, s.Tickets, s.HandledTickets, s.BusFactor, s.AtRisk,
            s.People.Select(p => new ServiceExpertJson(p.Person, p.Tickets, p.Assigned, p.Commented, Math.Round(p.Score, 3), Math.Round(p.Share, 4))).ToList());
}

/// <summary>One person on a service: tickets handled (as assignee, only commented), recency-weighted score and its share.</summary>
public sealed record ServiceExpertJson(string Person, int Tickets, int Assigned, int Commented, double Score, double Share);

/// <summary>Every service's expertise, with the rules' half-life and coverage.</summary>
public sealed record ExpertiseMapResponse(DateOnly From, DateOnly To, double HalfLifeDays, double Coverage, IReadOnlyList<ServiceExpertsResponse> Services);
