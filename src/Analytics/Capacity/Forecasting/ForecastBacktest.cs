namespace Reporting.Analytics.Capacity.Forecasting;

/// <summary>
/// Rolling-origin backtest of one team's effective hours: from every week with enough history, forecast the week
/// <c>h</c> weeks later with only what was known then (the model; last week's value; the 4-week mean) and compare
/// with what happened. The same errors choose the method (the model unless it did not beat the naive forecast) and
/// make the 80% interval: split-conformal bounds from the latest errors made before each forecast, so the interval is
/// as wide as the forecast has actually been wrong.
/// </summary>
/// <param name="upliftTickets">Expected extra tickets from releases in a target week, from what was known at a date.</param>
public sealed class ForecastBacktest(ForecastSettings settings, Func<DateOnly, TeamWeek, double> upliftTickets)
{
    /// <param name="history">One team's observed weeks, oldest first, from its first week with data.</param>
    public IReadOnlyList<ForecastTrial> Trials(IReadOnlyList<TeamWeek> history, int horizon)
    {
        var trials = new List<ForecastTrial>();
        for (var t = settings.FirstOriginWeeks - 1; t + horizon < history.Count; t++)
        {
            var origin = history[t];
            var target = history[t + horizon];
            var expected = SupportDrainModel.Expect(history.Take(t + 1).ToList(), settings, upliftTickets(origin.WeekStart.AddDays(6), target));
            trials.Add(new ForecastTrial(
                horizon, origin.WeekStart, target.WeekStart, target.EffectiveHours,
                SupportDrainModel.Effective(target, expected), origin.EffectiveHours,
                history.Skip(t - 3).Take(4).Average(w => w.EffectiveHours)));
        }

        return trials;
    }

    public BacktestScore Score(string team, IReadOnlyList<TeamWeek> history, int horizon)
    {
        var trials = Trials(history, horizon);
        var method = Choose(trials);
        var judged = 0;
        var held = 0;
        for (var i = 0; i < trials.Count; i++)
        {
            // Only errors whose week had passed when trial i was made.
            var known = trials.Take(Math.Max(0, i - horizon + 1)).ToList();
            if (Interval(known, method) is not { } interval)
            {
                continue;
            }

            judged++;
            var predicted = trials[i].Predicted(method);
            if (trials[i].Actual >= predicted + interval.Low && trials[i].Actual <= predicted + interval.High)
            {
                held++;
            }
        }

        var mae = Mae(trials, t => t.Predicted(method));
        var naive = Mae(trials, t => t.Naive);
        var mean4 = Mae(trials, t => t.Mean4);
        return new BacktestScore(
            team, horizon, trials.Count, Math.Round(mae, 2), Ratio(mae, naive), Ratio(mae, mean4),
            judged == 0 ? null : Math.Round(held / (double)judged, 3))
        {
            Method = method,
            IntervalWeeks = judged,
            ModelMaeHours = Math.Round(Mae(trials, t => t.Model), 2),
            NaiveMaeHours = Math.Round(naive, 2),
            Mean4MaeHours = Math.Round(mean4, 2),
        };
    }

    /// <summary>The method and interval offsets for a forecast made now, <paramref name="horizon"/> weeks ahead.</summary>
    public (ForecastMethod Method, ForecastInterval? Interval) Calibrate(IReadOnlyList<TeamWeek> history, int horizon)
    {
        var trials = Trials(history, horizon);
        var method = Choose(trials);
        return (method, Interval(trials, method));
    }

    public ForecastSettings Settings => settings;

    // The model unless, over at least as many weeks as an interval needs, it was no better than last week's value.
    private ForecastMethod Choose(IReadOnlyList<ForecastTrial> trials) =>
        trials.Count >= settings.MinResiduals && Mae(trials, t => t.Model) >= Mae(trials, t => t.Naive)
            ? ForecastMethod.Naive
            : ForecastMethod.Model;

    private ForecastInterval? Interval(IReadOnlyList<ForecastTrial> known, ForecastMethod method)
    {
        if (known.Count < settings.MinResiduals)
        {
            return null;
        }

        var residuals = known.TakeLast(settings.MaxResiduals).Select(t => t.Residual(method)).Order().ToList();
        return new ForecastInterval(
            ConformalBound(residuals, settings.LowerQuantile, upper: false), ConformalBound(residuals, settings.UpperQuantile, upper: true), residuals.Count);
    }

    private static double Mae(IReadOnlyList<ForecastTrial> trials, Func<ForecastTrial, double> predicted) =>
        trials.Count == 0 ? 0 : trials.Average(t => Math.Abs(t.Actual - predicted(t)));

    // No ratio against a baseline that never erred (a team whose hours never moved).
    private static double? Ratio(double mae, double baseline) => baseline > 0 ? Math.Round(mae / baseline, 3) : null;

    // Split-conformal order statistics: with n earlier errors, the k-th smallest where k = ⌈p(n+1)⌉ (upper) or
    // ⌊p(n+1)⌋ (lower), which holds the promised share on the next week even when n is small; plain quantiles of
    // few errors give intervals that are too narrow.
    internal static double ConformalBound(IReadOnlyList<double> sorted, double p, bool upper)
    {
        var n = sorted.Count;
        var k = upper ? (int)Math.Ceiling(p * (n + 1)) : (int)Math.Floor(p * (n + 1));
        return sorted[Math.Clamp(k, 1, n) - 1];
    }
}
