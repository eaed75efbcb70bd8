namespace Reporting.Analytics.RotationFit;

/// <summary>
/// Turns resolution times into a range: the quantiles of the similar tickets' times when there are enough of them,
/// else of the first fallback distribution with enough tickets (service, team, all). Pure: the caller picks the
/// tickets (only resolved ones, and in an evaluation only those resolved before the query ticket was created).
/// </summary>
public static class ResolutionRangeEstimator
{
    public static ResolutionRange? Estimate(
        IReadOnlyList<double> neighbourDays, IReadOnlyList<(RangeBasis Basis, IReadOnlyList<double> Days)> fallbacks, ResolutionRangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(neighbourDays);
        ArgumentNullException.ThrowIfNull(fallbacks);
        ArgumentNullException.ThrowIfNull(options);
        if (neighbourDays.Count >= options.MinimumNeighbours)
            return Range(neighbourDays.Take(options.Neighbours).ToList(), RangeBasis.SimilarTickets, options);
        foreach (var (basis, days) in fallbacks)
        {
            if (days.Count >= options.MinimumFallback)
                return Range(days, basis, options);
        }
        return null;
    }

    public static ResolutionRange Range(IReadOnlyList<double> days, RangeBasis basis, ResolutionRangeOptions options)
    {
        var sorted = days.Order().ToArray();
        var widen = Math.Exp(options.Widening);
        return new ResolutionRange(
            Quantile(sorted, options.LowerQuantile) / widen,
            Quantile(sorted, 0.5),
            Quantile(sorted, options.UpperQuantile) * widen,
            basis,
            sorted.Length);
    }

    /// <summary>Tracked effort of the neighbours that have it; null with fewer than three.</summary>
    public static EffortRange? Effort(IReadOnlyList<double> neighbourHours, ResolutionRangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(neighbourHours);
        if (neighbourHours.Count < 3)
            return null;
        var sorted = neighbourHours.Order().ToArray();
        return new EffortRange(Quantile(sorted, options.LowerQuantile), Quantile(sorted, 0.5), Quantile(sorted, options.UpperQuantile), sorted.Length);
    }

    /// <summary>Linear interpolation between order statistics (NumPy's default, R's type 7).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
            throw new ArgumentException("No values.", nameof(sorted));
        var position = p * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /// <summary>
    /// The conformal correction (conformalised quantile regression in log time): each validation ticket scores how
    /// far its actual time falls outside its raw range, max(ln low − ln y, ln y − ln high); the correction is the
    /// ⌈(n+1)·coverage⌉-th smallest score, so that widening every range by it holds the target share of tickets.
    /// Negative when the raw ranges are too wide.
    /// </summary>
    public static double ConformalWidening(IReadOnlyList<(ResolutionRange Raw, double ActualDays)> validation, double coverage)
    {
        ArgumentNullException.ThrowIfNull(validation);
        if (validation.Count == 0)
            return 0;
        var scores = validation
            .Select(v => Math.Max(
                Math.Log(Math.Max(v.Raw.LowDays, ResolutionRangeOptions.FloorDays)) - Math.Log(Math.Max(v.ActualDays, ResolutionRangeOptions.FloorDays)),
                Math.Log(Math.Max(v.ActualDays, ResolutionRangeOptions.FloorDays)) - Math.Log(Math.Max(v.Raw.HighDays, ResolutionRangeOptions.FloorDays))))
            .Order().ToArray();
        var rank = (int)Math.Ceiling((scores.Length + 1) * coverage);
        return scores[Math.Clamp(rank, 1, scores.Length) - 1];
    }
}
