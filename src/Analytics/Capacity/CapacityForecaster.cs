namespace Reporting.Analytics.Capacity;

/// <summary>
/// Forecasts support load for the weeks after the period from the team's recent history: expected tickets =
/// median weekly inflow of the last weeks plus the release uplift (the service's average excess in the weeks
/// after a release) for releases whose tail reaches the forecast week; expected support and leaked hours =
/// tickets × the recent hours per ticket and leak share. The 80% interval is ±1.28 standard deviations of the
/// recent weekly leaked hours (never below zero leak). Rotation and absences are known, not forecast.
/// </summary>
public static class CapacityForecaster
{
    private const double Z80 = 1.2816;

    public static TeamWeek Forecast(TeamWeek known, IReadOnlyList<TeamWeek> history, double releaseUpliftTickets)
    {
        if (history.Count == 0)
        {
            return known with
            {
                Forecast = true,
                EffectiveHours = known.NominalHours - known.RotationHours,
                EffectiveLow = known.NominalHours - known.RotationHours,
                EffectiveHigh = known.NominalHours - known.RotationHours,
            };
        }

        var opened = Median(history.Select(h => (double)h.TicketsOpened));
        var expectedTickets = opened + releaseUpliftTickets;
        var totalOpened = history.Sum(h => (double)h.TicketsOpened);
        var totalSupport = history.Sum(h => h.SupportHours);
        var totalLeaked = history.Sum(h => h.LeakedHours);
        var hoursPerTicket = totalOpened > 0 ? totalSupport / totalOpened : 0;
        var leakShare = totalSupport > 0 ? totalLeaked / totalSupport : 0;

        var support = expectedTickets * hoursPerTicket;
        var leaked = support * leakShare;
        var spread = Z80 * StandardDeviation(history.Select(h => h.LeakedHours).ToList());
        var available = known.NominalHours - known.RotationHours;

        return known with
        {
            Forecast = true,
            TicketsOpened = (long)Math.Round(expectedTickets),
            SupportHours = Math.Round(support, 2),
            LeakedHours = Math.Round(leaked, 2),
            AbsorbedHours = Math.Round(support - leaked, 2),
            EffectiveHours = Math.Round(available - leaked, 2),
            EffectiveLow = Math.Round(available - (leaked + spread), 2),
            EffectiveHigh = Math.Round(available - Math.Max(0, leaked - spread), 2),
        };
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    internal static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
