namespace Reporting.Analytics.RotationFit;

/// <summary>How a ticket's time-to-resolve range is drawn from similar resolved tickets.</summary>
public sealed record ResolutionRangeOptions
{
    /// <summary>The k most similar resolved tickets whose resolution times make the range.</summary>
    public int Neighbours { get; init; } = 10;

    /// <summary>Fewer similar resolved tickets than this and the range comes from the service's (else the team's, else all) tickets.</summary>
    public int MinimumNeighbours { get; init; } = 5;

    /// <summary>A fallback distribution needs at least this many resolved tickets.</summary>
    public int MinimumFallback { get; init; } = 20;

    public double LowerQuantile { get; init; } = 0.1;
    public double UpperQuantile { get; init; } = 0.9;

    /// <summary>
    /// The conformal correction, in natural-log units: the raw range is widened by this factor's exponential on both
    /// sides (lower ÷ e^w, upper × e^w). Fitted on a validation slice of the Hadoop-family Jira data by
    /// <c>reporting fit evaluate</c> so that the range holds 80% of actual resolution times (README).
    /// </summary>
    public double Widening { get; init; } = MeasuredWidening;

    /// <summary>The correction <c>reporting fit evaluate</c> fits on the Hadoop-family Jira data (raw 10th–90th ranges held 71%).</summary>
    public const double MeasuredWidening = 1.073;

    /// <summary>Resolution times are floored at an hour before taking logs (a ticket closed at once is not "0 × anything").</summary>
    public const double FloorDays = 1.0 / 24;

    public void Validate()
    {
        if (Neighbours is < 1 or > 100)
            throw new ArgumentOutOfRangeException(nameof(Neighbours), Neighbours, "Must be 1–100.");
        if (MinimumNeighbours < 1 || MinimumNeighbours > Neighbours)
            throw new ArgumentOutOfRangeException(nameof(MinimumNeighbours), MinimumNeighbours, "Must be 1–Neighbours.");
        if (!(LowerQuantile >= 0 && LowerQuantile < UpperQuantile && UpperQuantile <= 1))
            throw new ArgumentOutOfRangeException(nameof(UpperQuantile), UpperQuantile, "Need 0 ≤ lower < upper ≤ 1.");
        if (double.IsNaN(Widening) || Math.Abs(Widening) > 10)
            throw new ArgumentOutOfRangeException(nameof(Widening), Widening, "Must be within ±10.");
    }
}
