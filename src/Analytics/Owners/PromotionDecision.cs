namespace Reporting.Analytics.Owners;

/// <summary>Whether a version became current, and why (or why not).</summary>
public sealed record PromotionDecision(bool Promoted, int Candidate, int? Current, string Reason);
