using Reporting.Analytics.Capacity;
using Reporting.Host.Service;

namespace Reporting.Host.Api;

public static class CapacityEndpoints
{
    public static void MapCapacityEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/teams/{team}/capacity", async (
                string team, DateOnly? from, DateOnly? to, int? forecastWeeks,
                WarehouseAccess warehouse, TimeProvider time, CancellationToken cancellationToken) =>
            {
                await using var connection = await warehouse.OpenAsync(cancellationToken);
                var (start, end) = await Cli.CliPeriod.ResolveAsync(connection, from, to, cancellationToken);
                if (end < start)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["must not be before from"] });
                }

                if (forecastWeeks is < 0 or > 8)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["forecastWeeks"] = ["must be between 0 and 8"] });
                }

                try
                {
                    var result = await new CapacityCalculator(connection, time).CalculateAsync(new CapacityOptions
                    {
                        From = start, To = end, Team = team, ForecastWeeks = forecastWeeks ?? 2, Store = false,
                    }, cancellationToken);
                    return Results.Ok(new { team, note = result.RosterNote, weeks = result.Weeks.Select(Cli.CapacityJson.From) });
                }
                catch (ArgumentException ex) when (ex.Message.StartsWith("Unknown team", StringComparison.Ordinal))
                {
                    return Results.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound);
                }
            })
            .WithSummary("Capacity per ISO week for one team: nominal, rotation, support, leaked, effective, with a forecast");
}
