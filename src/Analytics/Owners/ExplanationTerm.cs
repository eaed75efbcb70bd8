namespace Reporting.Analytics.Owners;

/// <summary>
/// A term that pushed the decision towards the suggested owner.
/// <paramref name="Source"/> tells where the term came from (subject, body, subject-chars, field).
/// </summary>
public sealed record ExplanationTerm(string Term, string Source, double Contribution);
