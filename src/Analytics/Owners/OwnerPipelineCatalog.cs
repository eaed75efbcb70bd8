namespace Reporting.Analytics.Owners;

/// <summary>
/// Named pipeline candidates worth comparing on a new ticket source. <c>reporting owners compare --input FILE</c>
/// reruns their comparison (trained on the evaluation protocol's training part, chosen on its newest validation
/// slice, test figures printed beside) so the choice of <see cref="Recommended"/> can be reproduced.
/// </summary>
public static class OwnerPipelineCatalog
{
    /// <summary>Word 1–2-grams, TF-IDF, stop words removed, SDCA maximum entropy: fast, linear, explainable.</summary>
    public static OwnerPipelineSpec Default { get; } = new();

    /// <summary>
    /// The default plus full class balancing (weight ∝ 1 / owner's ticket count): it won the validation comparison
    /// on the Hadoop-family Jira data (<c>owners compare</c>); balancing is not specific to one data set, rare owners
    /// are the norm in ticket routing.
    /// </summary>
    public static OwnerPipelineSpec Recommended { get; } = Default with { Name = "word12-tfidf-sdca-balanced-full", ClassBalancePower = 1.0 };

    /// <summary>
    /// The small, diverse set <c>owners train</c> and <c>owners evaluate</c> choose among for each data set, on the newest
    /// slice of its training tickets: full, tempered and no class balancing (balancing lifts rare owners but costs
    /// top-1 where a few owners dominate). They share one featurisation, so each costs one trainer run.
    /// </summary>
    public static IReadOnlyList<OwnerPipelineSpec> Selection { get; } =
    [
        Recommended,
        Default with { Name = "word12-tfidf-sdca-balanced", ClassBalancePower = 0.5 },
        Default,
    ];

    /// <summary>
    /// Added to <see cref="Selection"/> when the tickets are short (one-line descriptions): word n-grams alone starve
    /// there, and character n-grams of the subject catch spelling variants, codes and compound words.
    /// </summary>
    public static IReadOnlyList<OwnerPipelineSpec> ShortTextSelection { get; } =
    [
        Default with { Name = "word12+char4-tfidf-sdca-balanced", SubjectCharNgramLength = 4, ClassBalancePower = 0.5 },
        Default with { Name = "word12+char4-tfidf-sdca", SubjectCharNgramLength = 4 },
    ];

    /// <summary>
    /// Featurisation variants with the default trainer first (fast), then other trainers.
    /// One-versus-all and boosted trees train one model per owner and are slow with many owners.
    /// </summary>
    public static IReadOnlyList<OwnerPipelineSpec> Candidates { get; } =
    [
        Default,
        Default with { Name = "word1-tfidf-sdca", WordNgramLength = 1 },
        Default with { Name = "word12-tf-sdca", TfIdf = false },
        Default with { Name = "word12-tfidf-stopwords-kept-sdca", RemoveStopWords = false },
        Default with { Name = "word12-hash18-sdca", UseHashing = true, HashBits = 18, TfIdf = false },
        Default with { Name = "word12+char4-tfidf-sdca", SubjectCharNgramLength = 4 },
        Default with { Name = "word12-tfidf-mindf3-sdca", MinDocumentFrequency = 3 },
        Default with { Name = "word12-tfidf-sdca-autoreg", L2Regularization = null, L1Regularization = null, MaximumIterations = null },
        Default with { Name = "word12-tfidf-sdca-balanced", ClassBalancePower = 0.5 },
        Default with { Name = "word12-tfidf-sdca-recent", RecencyHalfLifeDays = 730 },
        // Combinations of the single changes that helped on validation in a first comparison.
        Default with { Name = "word1-tfidf-sdca-balanced", WordNgramLength = 1, ClassBalancePower = 0.5 },
        Recommended,
        Default with { Name = "word12-tfidf-sdca-balanced-recent", ClassBalancePower = 0.5, RecencyHalfLifeDays = 730 },
        Default with { Name = "word1-tfidf-sdca-balanced-recent", WordNgramLength = 1, ClassBalancePower = 0.5, RecencyHalfLifeDays = 730 },
        Default with { Name = "word12-tfidf-lbfgs", Trainer = OwnerTrainerKind.LbfgsMaximumEntropy, L2Regularization = 0.1f, L1Regularization = 0f, MaximumIterations = 60 },
        Default with { Name = "word12-tfidf-ova-perceptron", Trainer = OwnerTrainerKind.OneVersusAllAveragedPerceptron, L2Regularization = 0f, MaximumIterations = 3 },
        Default with { Name = "word12-tfidf-ova-svm", Trainer = OwnerTrainerKind.OneVersusAllLinearSvm, L2Regularization = 0.001f, MaximumIterations = 3 },
        Default with { Name = "word12-tfidf-ova-logistic", Trainer = OwnerTrainerKind.OneVersusAllLogisticRegression, L2Regularization = 1e-4f, MaximumIterations = 5 },
        Default with { Name = "word12-tfidf-lightgbm", Trainer = OwnerTrainerKind.LightGbm, MinDocumentFrequency = 5, MaximumIterations = 50 },
    ];
}
