namespace Reporting.Analytics.Capacity.Effort;

/// <summary>
/// What fitting the effort model to tracked time gave: how many tickets were tracked, how well the fitted and the
/// default models predict tracked time on the newest held-back tickets (mean absolute error in hours), and the model
/// capacity uses (the fitted one only where it predicts better).
/// </summary>
public sealed record EffortFit(int TrackedTickets, int HeldBack, double? DefaultMaeHours, double? FittedMaeHours, bool UsesFitted, string Note)
{
    public EffortModel Model { get; init; } = EffortModel.Default;
}
