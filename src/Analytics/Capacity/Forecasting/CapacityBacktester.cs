using DuckDB.NET.Data;

namespace Reporting.Analytics.Capacity.Forecasting;

/// <summary>
/// <c>reporting capacity backtest</c>: computes every team's observed weeks over the period (nothing stored) and
/// scores the forecast of effective hours 1 to <c>horizon</c> weeks ahead against the two naive baselines.
/// </summary>
public sealed class CapacityBacktester(DuckDBConnection connection, TimeProvider time)
{
    public const int MaxHorizonWeeks = 8;

    public async Task<IReadOnlyList<BacktestScore>> RunAsync(CapacityOptions period, int horizon, CancellationToken cancellationToken)
    {
        if (horizon is < 1 or > MaxHorizonWeeks)
        {
            throw new Reporting.Warehouse.UserInputException($"--horizon must be between 1 and {MaxHorizonWeeks} weeks, not {horizon}");
        }

        var result = await new CapacityCalculator(connection, time).CalculateAsync(
            period with { ForecastWeeks = 0, Store = false }, cancellationToken);
        var backtest = new ForecastBacktest(period.Forecasting, new ReleaseUplift(result.ReleaseTails).Tickets);
        return result.Weeks.GroupBy(w => w.Team)
            .SelectMany(team =>
            {
                var history = CapacityCalculator.History(team, result.FirstDataWeek, int.MaxValue);
                return Enumerable.Range(1, horizon).Select(h => backtest.Score(team.Key, history, h));
            })
            .ToList();
    }
}
