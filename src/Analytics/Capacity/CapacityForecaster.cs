using Reporting.Analytics.Capacity.Forecasting;

namespace Reporting.Analytics.Capacity;

/// <summary>
/// Forecasts a coming week for one team: the rotation and absences are known, so nominal and rotation hours are
/// the week's own; what support will take is the <see cref="SupportDrainModel"/>'s expectation, or last week's
/// figure where the team's backtest showed the model no better. The 80% interval is the spread of the method's
/// own past errors at that horizon; until a team has enough of them, ±1.28 standard deviations of its recent drain.
/// </summary>
public static class CapacityForecaster
{
    private const double Z80 = 1.2816;

    /// <param name="history">The team's observed weeks, oldest first, from its first week with data.</param>
    /// <param name="horizon">Weeks after the last observed week (1 = next week).</param>
    public static TeamWeek Forecast(TeamWeek known, IReadOnlyList<TeamWeek> history, int horizon, ForecastBacktest backtest, double releaseUpliftTickets)
    {
        var available = known.NominalHours - known.RotationHours;
        if (history.Count == 0)
        {
            return known with { Forecast = true, EffectiveHours = available, EffectiveLow = available, EffectiveHigh = available, Method = ForecastMethod.Model };
        }

        var (method, interval) = backtest.Calibrate(history, horizon);
        var window = history.TakeLast(backtest.Settings.WindowWeeks).ToList();
        var last = history[^1];
        var expected = method == ForecastMethod.Naive
            ? new DrainExpectation(last.TicketsOpened, last.AbsorbedHours, last.LeakedHours, last.OverflowHours)
            : SupportDrainModel.Expect(history, backtest.Settings, releaseUpliftTickets);
        var effective = method == ForecastMethod.Naive ? last.EffectiveHours : SupportDrainModel.Effective(known, expected);
        var spread = Z80 * WeeklyStatistics.StandardDeviation(window.Select(w => w.DrainHours).ToList());
        var (below, above) = interval is null ? (-spread, spread) : (interval.Low, interval.High);

        return known with
        {
            Forecast = true,
            Method = method,
            TicketsOpened = (long)Math.Round(expected.Tickets),
            // The drain forecast already holds the overflow; the rotation engineer is charged no more than they have.
            SupportHours = Math.Round(Math.Min(expected.AbsorbedHours, known.RotationHours) + expected.DrainHours, 2),
            AbsorbedHours = Math.Round(Math.Min(expected.AbsorbedHours, known.RotationHours), 2),
            LeakedHours = Math.Round(expected.LeakedHours, 2),
            OverflowHours = Math.Round(expected.OverflowHours, 2),
            EffectiveHours = Math.Round(effective, 2),
            EffectiveLow = Math.Round(Math.Clamp(effective + Math.Min(0, below), 0, Math.Max(available, effective)), 2),
            EffectiveHigh = Math.Round(Math.Clamp(effective + Math.Max(0, above), 0, Math.Max(available, effective)), 2),
        };
    }
}
