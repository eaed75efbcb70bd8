namespace Reporting.Analytics.Owners;

/// <summary>One candidate owner with its calibrated probability of being the right one.</summary>
public sealed record OwnerSuggestion(string Owner, double Probability);
