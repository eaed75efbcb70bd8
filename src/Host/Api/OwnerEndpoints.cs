using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;
using Reporting.Host.Application.Owners;
using Reporting.Host.Observability;
using Reporting.Host.Service;

namespace Reporting.Host.Api;

/// <summary>/api/owners: the suggested owner of a ticket.</summary>
public static class OwnerEndpoints
{
    public static RouteGroupBuilder MapOwnerEndpoints(this RouteGroupBuilder api)
    {
        var owners = api.MapGroup("/owners").WithTags("Owners").RequireAuthorization(ApiRoles.Triager);
        owners.MapPost("/suggest", SuggestOwner)
            .WithSummary("Suggested owning service and team for a ticket: top 3 with calibrated probabilities, abstain flag, explanation, similar past tickets, model version; and its suggested priority (calibrated, null when the model abstains) once a priority model is trained");
        return api;
    }

    public static async Task<Results<Ok<OwnerAdvice>, ValidationProblem, ProblemHttpResult>> SuggestOwner(
        SuggestOwnerRequest request, OwnerModelCache models, PriorityModelCache priorities, WarehouseAccess warehouse, SimilarTicketFinder similar,
        SuggestOwner suggest, ReportingMetrics metrics, CancellationToken cancellationToken)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (models.Current() is not { } suggester)
        {
            return ApiProblems.Unavailable("No owner model has been trained yet (the nightly retrain job, or `reporting owners train`).");
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        await similar.RefreshAsync(connection, cancellationToken, notMoreOftenThan: TimeSpan.FromSeconds(2));
        var advice = await suggest.RunAsync(connection, suggester, request, cancellationToken, priorities.Current());
        metrics.Suggested(System.Diagnostics.Stopwatch.GetElapsedTime(started), advice.Abstained);
        return TypedResults.Ok(advice);
    }
}
