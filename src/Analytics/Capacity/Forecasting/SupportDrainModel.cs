namespace Reporting.Analytics.Capacity.Forecasting;

/// <summary>
/// The point forecast of what support takes from planned work (the drain: leaked plus overflow hours), as the
/// average of two forecasts that fail differently: by volume (the median weekly inflow of the recent weeks times
/// the recent drain per ticket) and by level (simple exponential smoothing of the drain itself, its smoothing
/// chosen on the team's history). Both add the release uplift at the recent drain per ticket. Averaging forecasts
/// is steadier than either alone, and medians and ratios of sums keep one odd week from swinging it.
/// </summary>
public static class SupportDrainModel
{
    private static readonly double[] SmoothingGrid = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0];

    /// <param name="history">The team's observed weeks up to the forecast's origin, oldest first.</param>
    public static DrainExpectation Expect(IReadOnlyList<TeamWeek> history, ForecastSettings settings, double releaseUpliftTickets)
    {
        var window = history.TakeLast(settings.WindowWeeks).ToList();
        var tickets = WeeklyStatistics.Median(window.Select(w => (double)w.TicketsOpened)) + releaseUpliftTickets;
        var opened = window.Sum(w => (double)w.TicketsOpened);
        var support = window.Sum(w => w.SupportHours);
        if (opened <= 0 || support <= 0)
        {
            return new DrainExpectation(tickets, 0, 0, 0);
        }

        var drainPerTicket = window.Sum(w => w.DrainHours) / opened;
        var byVolume = tickets * drainPerTicket;
        var byLevel = Math.Max(0, SmoothedLevel(history.TakeLast(settings.LevelWeeks).Select(w => w.DrainHours).ToList()))
                      + releaseUpliftTickets * drainPerTicket;
        var drain = (byVolume + byLevel) / 2;

        var leaked = window.Sum(w => w.LeakedHours);
        var overflow = window.Sum(w => w.OverflowHours);
        var leakedShare = leaked + overflow > 0 ? leaked / (leaked + overflow) : 1;
        return new DrainExpectation(
            tickets,
            tickets * window.Sum(w => w.AbsorbedHours) / opened,
            drain * leakedShare,
            drain * (1 - leakedShare));
    }

    /// <summary>Effective hours the expectation leaves in a week whose nominal and rotation hours are known.</summary>
    public static double Effective(TeamWeek known, DrainExpectation expected) =>
        Math.Max(0, known.NominalHours - known.RotationHours - expected.DrainHours);

    // Simple exponential smoothing; the smoothing constant with the least one-step error on these weeks.
    internal static double SmoothedLevel(IReadOnlyList<double> values)
    {
        var bestError = double.MaxValue;
        var bestLevel = 0.0;
        foreach (var alpha in SmoothingGrid)
        {
            var level = values[0];
            var error = 0.0;
            for (var i = 1; i < values.Count; i++)
            {
                var e = values[i] - level;
                error += e * e;
                level += alpha * e;
            }

            if (error < bestError)
            {
                (bestError, bestLevel) = (error, level);
            }
        }

        return bestLevel;
    }
}
