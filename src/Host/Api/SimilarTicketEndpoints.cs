using Reporting.Analytics.Duplicates;
using Reporting.Host.Service;
using Reporting.Reports.Privacy;

namespace Reporting.Host.Api;

public static class SimilarTicketEndpoints
{
    public static void MapSimilarTicketEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/tickets/{id}/similar", async (string id, int? top, WarehouseAccess warehouse, SimilarTicketFinder finder, CancellationToken cancellationToken) =>
            {
                if (top is < 1 or > 100)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["top"] = ["must be between 1 and 100"] });
                }

                await using (var connection = await warehouse.OpenAsync(cancellationToken))
                {
                    await finder.RefreshAsync(connection, cancellationToken);
                }

                var similar = await finder.SimilarToAsync(id, top ?? 10, cancellationToken);
                return similar is null
                    ? Results.Problem($"No ticket '{id}' in the warehouse.", statusCode: StatusCodes.Status404NotFound)
                    : Results.Ok(new { id, similar = similar.Select(s => s with { Subject = TextMasker.Default.Mask(s.Subject) }) });
            })
            .WithSummary("Earlier tickets most likely to be the same problem, with the signals that say so");
}
