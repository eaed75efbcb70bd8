namespace Reporting.Analytics.Owners;

/// <summary>
/// Flags tickets unlike anything trained on: too many of their words were never seen in training,
/// or they have no content words at all. Such a ticket gets no confident guess, however the
/// classifier scores it. The threshold comes from held-out in-domain tickets (a high quantile of
/// their unknown-word share), capped so that text made mostly of unknown words is always flagged.
/// </summary>
public sealed class OutOfScopeDetector
{
    public OutOfScopeDetector(TrainingVocabulary vocabulary, double unknownShareThreshold, int minContentTokens = 1)
    {
        Vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        UnknownShareThreshold = unknownShareThreshold;
        MinContentTokens = minContentTokens;
    }

    public TrainingVocabulary Vocabulary { get; }
    public double UnknownShareThreshold { get; }
    public int MinContentTokens { get; }

    public (bool OutOfScope, double UnknownShare) Check(IEnumerable<string> tokens)
    {
        var (share, contentTokens) = Vocabulary.UnknownShare(tokens);
        return (contentTokens < MinContentTokens || share > UnknownShareThreshold, share);
    }

    /// <summary>
    /// The unknown-share threshold that flags only a <c>1 - quantile</c> share of held-out in-domain
    /// tickets, scored against a vocabulary built without them, kept within [<paramref name="floor"/>, <paramref name="ceiling"/>].
    /// </summary>
    public static double FitThreshold(IReadOnlyList<double> heldOutUnknownShares, double quantile, double ceiling, double floor = 0)
    {
        ArgumentNullException.ThrowIfNull(heldOutUnknownShares);
        if (heldOutUnknownShares.Count == 0)
            return ceiling;
        var sorted = heldOutUnknownShares.Order().ToList();
        var index = (int)Math.Ceiling(quantile * sorted.Count) - 1;
        var value = sorted[Math.Clamp(index, 0, sorted.Count - 1)];
        return Math.Clamp(value, Math.Min(floor, ceiling), ceiling);
    }
}
