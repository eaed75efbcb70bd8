using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Priority;

/// <summary>
/// Always the most frequent training label, with its training share as the confidence; it abstains by the owner
/// rule (threshold for 80% precision on the newest slice of the training part), which with a share below 80% means
/// it never answers. Priorities are dominated by one value (Jira: Major), so this is the figure to beat.
/// </summary>
public sealed record MajorityClassBaseline(string Label, double Share, IReadOnlyList<string> Ranked, double AbstainThreshold)
{
    public static MajorityClassBaseline Train(IReadOnlyList<OwnerTrainingExample> examples, OwnerClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
            throw new ArgumentException("The baseline needs at least one example.", nameof(examples));
        options ??= new OwnerClassifierOptions();
        var ranked = Rank(examples);
        var share = examples.Count(e => e.Owner == ranked[0]) / (double)examples.Count;

        // Same held-out rule as the classifier: fit on the older part, choose the threshold on the newest slice.
        var (fit, validation) = TimeOrderedSplit.Split(examples, 1 - options.ValidationFraction);
        var threshold = options.AbstainThreshold ?? (fit.Count == 0 || validation.Count == 0
            ? options.TargetPrecision
            : ThresholdOn(fit, validation, options.TargetPrecision));
        return new MajorityClassBaseline(ranked[0], share, ranked, threshold);
    }

    public OwnerEvaluationCase Case(string truth) => new(truth, Ranked, Share, Share < AbstainThreshold);

    private static double ThresholdOn(IReadOnlyList<OwnerTrainingExample> fit, IReadOnlyList<OwnerTrainingExample> validation, double target)
    {
        var label = Rank(fit)[0];
        var share = fit.Count(e => e.Owner == label) / (double)fit.Count;
        return AbstentionThreshold.ForTargetPrecision(validation.Select(e => (share, e.Owner == label)).ToList(), target);
    }

    private static List<string> Rank(IEnumerable<OwnerTrainingExample> examples) =>
        examples.GroupBy(e => e.Owner, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
}
