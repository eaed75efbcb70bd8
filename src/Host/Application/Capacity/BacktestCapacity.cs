using DuckDB.NET.Data;
using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Forecasting;
using Reporting.Warehouse;

namespace Reporting.Host.Application.Capacity;

/// <summary>How right the capacity forecast has been: a rolling-origin backtest over the warehouse's history (at most <see cref="ReportingPeriod.MaxWeeks"/> weeks).</summary>
public sealed class BacktestCapacity(TimeProvider time)
{
    public async Task<IReadOnlyList<BacktestScore>> RunAsync(
        DuckDBConnection connection, string? team, int horizon, int weeks, CancellationToken cancellationToken)
    {
        if (weeks is < 8 or > ReportingPeriod.MaxWeeks)
        {
            throw new InvalidRequestException("weeks", $"The backtest covers between 8 and {ReportingPeriod.MaxWeeks} weeks, not {weeks}.");
        }

        var to = (await ReportingPeriod.ResolveAsync(connection, null, null, cancellationToken)).To; // the newest ticket's day
        var period = await ReportingPeriod.ResolveAsync(connection, to.AddDays(-7 * weeks + 1), to, cancellationToken);
        return await new CapacityBacktester(connection, time).RunAsync(
            new CapacityOptions { From = period.From, To = period.To, Team = team }, horizon, cancellationToken);
    }
}
