namespace Reporting.Analytics.Owners;

/// <summary>
/// The classifier's answer for one ticket. Suggestions are always filled (best first) so a
/// caller can show them as hints, but <see cref="Abstained"/> tells whether the top one is
/// trustworthy enough to route automatically.
/// </summary>
public sealed record OwnerPrediction(
    IReadOnlyList<OwnerSuggestion> Suggestions,
    bool Abstained,
    bool OutOfScope,
    double UnknownTokenShare,
    IReadOnlyList<ExplanationTerm> Explanation)
{
    /// <summary>The best suggestion, or null when the model knows no owner at all.</summary>
    public OwnerSuggestion? Top => Suggestions.Count > 0 ? Suggestions[0] : null;
}
