using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;
using Reporting.Host.Cli;
using Reporting.Host.Service;

namespace Reporting.Host.Api;

public static class OwnerEndpoints
{
    public const int MaxSubjectLength = 1_000;
    public const int MaxBodyLength = 100_000;

    public static void MapOwnerEndpoints(this IEndpointRouteBuilder api) =>
        api.MapPost("/owners/suggest", async (SuggestOwnerRequest request, OwnerModelCache models, WarehouseAccess warehouse, SimilarTicketFinder similar,
                TimeProvider time, CancellationToken cancellationToken) =>
            {
                var errors = request.Validate();
                if (errors.Count > 0)
                {
                    return Results.ValidationProblem(errors);
                }

                var suggester = models.Current();
                if (suggester is null)
                {
                    return Results.Problem("No owner model has been trained yet (the nightly retrain job, or `reporting owners train`).",
                        statusCode: StatusCodes.Status503ServiceUnavailable);
                }

                await using var connection = await warehouse.OpenAsync(cancellationToken);
                await similar.RefreshAsync(connection, cancellationToken, notMoreOftenThan: TimeSpan.FromSeconds(2));
                var ticket = new OwnerTicket(request.Id ?? "new", time.GetUtcNow().UtcDateTime, request.Subject!, request.Body ?? "",
                    request.Product, request.Channel, request.Priority, request.Type, request.Tags ?? []);
                return Results.Ok(OwnersCommand.Masked(await suggester.SuggestAsync(connection, ticket, cancellationToken)));
            })
            .WithSummary("Suggested owning service and team for a ticket: top 3 with calibrated probabilities, abstain flag, explanation, similar past tickets, model version");
}

/// <summary>A ticket to route, as posted to /api/owners/suggest.</summary>
public sealed record SuggestOwnerRequest(
    string? Subject, string? Body, string? Product, string? Channel, string? Priority, string? Type, IReadOnlyList<string>? Tags, string? Id)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Subject))
        {
            errors["subject"] = ["is required"];
        }
        else if (Subject.Length > OwnerEndpoints.MaxSubjectLength)
        {
            errors["subject"] = [$"must be at most {OwnerEndpoints.MaxSubjectLength} characters"];
        }

        if (Body is { Length: > OwnerEndpoints.MaxBodyLength })
        {
            errors["body"] = [$"must be at most {OwnerEndpoints.MaxBodyLength} characters"];
        }

        if (Tags is { Count: > 50 })
        {
            errors["tags"] = ["at most 50 tags"];
        }

        return errors;
    }
}
