namespace Reporting.Analytics.Capacity;

/// <summary>
/// What one capacity refresh did: a full recompute (and why) or an incremental one, how many tickets had changed,
/// how many observed team-weeks it recomputed and how many forecast team-weeks it wrote again.
/// </summary>
/// <param name="Fingerprint">The configuration the stored figures now rest on: give it to the next refresh.</param>
public sealed record CapacityRefreshOutcome(
    bool Incremental, string Reason, long ChangedTickets, long RecomputedWeeks, long ForecastWeeks, string Fingerprint, double Seconds);
