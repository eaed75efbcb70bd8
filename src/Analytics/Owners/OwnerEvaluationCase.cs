namespace Reporting.Analytics.Owners;

/// <summary>
/// One scored ticket: its true owner, the owners suggested best first, the (calibrated)
/// confidence of the first suggestion and whether the classifier abstained.
/// </summary>
public sealed record OwnerEvaluationCase(
    string TrueOwner,
    IReadOnlyList<string> RankedOwners,
    double TopConfidence,
    bool Abstained);
