using Reporting.Warehouse;
using DuckDB.NET.Data;
using Reporting.Analytics.Capacity;

namespace Reporting.Host.Application.Capacity;

/// <summary>Capacity per team and ISO week for a checked period, with a forecast: the CLI, the API and the demo ask here.</summary>
public sealed class ComputeCapacity(TimeProvider time)
{
    public static void Validate(CapacityRequest request)
    {
        if (request.ForecastWeeks is < 0 or > CapacityRequest.MaxForecastWeeks)
        {
            throw new InvalidRequestException("forecastWeeks", $"Forecast weeks must be between 0 and {CapacityRequest.MaxForecastWeeks}, not {request.ForecastWeeks}.");
        }
    }

    public async Task<CapacityAnswer> RunAsync(DuckDBConnection connection, CapacityRequest request, CancellationToken cancellationToken)
    {
        Validate(request);

        var period = await ReportingPeriod.ResolveAsync(connection, request.From, request.To, cancellationToken);
        // An unknown team is a NotFoundException from the calculator: 404 from the API, exit 1 on the CLI.
        var result = await new CapacityCalculator(connection, time).CalculateAsync(new CapacityOptions
        {
            From = period.From, To = period.To, Team = request.Team, ForecastWeeks = request.ForecastWeeks, Store = request.Store,
        }, cancellationToken);
        return new CapacityAnswer(period, result);
    }
}
