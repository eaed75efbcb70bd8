namespace Reporting.Analytics.RotationFit;

/// <summary>Where a range came from: the ticket's similar resolved tickets, or a fallback distribution.</summary>
public enum RangeBasis
{
    SimilarTickets,
    Service,
    Team,
    AllTickets,
}

/// <summary>
/// The expected time to resolve a ticket, counted from its creation: a low–high range (by default the 10th–90th
/// percentile, widened by the conformal correction) and the median, in days, from <see cref="SampleCount"/> tickets.
/// </summary>
public sealed record ResolutionRange(double LowDays, double MedianDays, double HighDays, RangeBasis Basis, int SampleCount)
{
    /// <summary>Whether an actual time falls in the range; times under an hour count as an hour (as the conformal scores do).</summary>
    public bool Holds(double actualDays)
    {
        var floor = ResolutionRangeOptions.FloorDays;
        var actual = Math.Max(actualDays, floor);
        return actual >= Math.Max(LowDays, floor) && actual <= Math.Max(HighDays, floor);
    }
}

/// <summary>Tracked effort of the similar tickets that have any, in hours (low, median, high).</summary>
public sealed record EffortRange(double LowHours, double MedianHours, double HighHours, int SampleCount);
