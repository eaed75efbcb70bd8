namespace Reporting.Analytics.Duplicates;

/// <summary>
/// An earlier ticket that may report the same problem. Probability is the model's calibrated
/// estimate; Features are indexed by <see cref="PairFeature"/>; Reasons are short human-readable signals.
/// </summary>
public sealed record DuplicateMatch(
    string Id,
    DateTime CreatedAt,
    double Score,
    double Probability,
    IReadOnlyList<double> Features,
    IReadOnlyList<string> Reasons)
{
    public double Feature(PairFeature feature) => Features[(int)feature];
}
