using Reporting.Warehouse;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Analytics.Duplicates;
using Reporting.Host.Application;
using Reporting.Host.Application.Tickets;
using Reporting.Host.Application.Readiness;
using Reporting.Host.Service;

namespace Reporting.Host.Api;

/// <summary>/api/tickets: what is known about one ticket (similar earlier tickets, whether it fits in this rotation).</summary>
public static class TicketEndpoints
{
    public static RouteGroupBuilder MapTicketEndpoints(this RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets").WithTags("Tickets").RequireAuthorization(ApiRoles.Triager);
        tickets.MapGet("/{id}/similar", GetSimilarTickets)
            .WithSummary("Earlier tickets most likely to be the same problem, with the signals that say so");
        tickets.MapGet("/{id}/readiness", GetTicketReadiness)
            .WithSummary("Triage readiness: which of steps, expected vs actual, version, environment, logs and impact the ticket has, a score, and questions for the rest");
        tickets.MapGet("/{id}/fit", TicketFitEndpoint.GetTicketFit)
            .WithSummary("Whether the ticket fits in the rest of its team's current rotation: the time-to-resolve range (10th–90th percentile, days from creation) of its most similar resolved tickets, their tracked effort, the rotation's end and the verdict (fits, tight, backlog, unknown)");
        return api;
    }

    public static async Task<Results<Ok<SimilarTicketsResponse>, ValidationProblem, ProblemHttpResult>> GetSimilarTickets(
        string id, int? top, WarehouseAccess warehouse, SimilarTicketFinder finder, FindSimilarTickets find, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            return TypedResults.Ok(new SimilarTicketsResponse(id, await find.RunAsync(connection, finder, id, top ?? 10, cancellationToken)));
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

    public static async Task<Results<Ok<TicketReadiness>, ProblemHttpResult>> GetTicketReadiness(
        string id, string? source, WarehouseAccess warehouse, AssessTicketReadiness assess, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        try
        {
            return TypedResults.Ok(await assess.RunAsync(connection, source, id, cancellationToken));
        }
        catch (NotFoundException ex)
        {
            return ApiProblems.NotFound(ex.Message);
        }
    }
}

/// <summary>A ticket and the earlier tickets like it.</summary>
public sealed record SimilarTicketsResponse(string Id, IReadOnlyList<SimilarTicket> Similar);
