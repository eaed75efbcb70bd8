namespace Reporting.Analytics.Duplicates;

/// <summary>
/// The reproducible fit of <see cref="DefaultReranker"/> and <see cref="DefaultLinkModel"/> (<c>reporting duplicates
/// fit</c>): sign-constrained logistic regressions over every pair in the candidate pools of the queries created
/// before the cutoff (2014-01-01 on the Hadoop-family Jira data), scored on the later queries they never saw.
/// </summary>
public static class RankingModelFit
{
    public static DateTime DefaultCutoff { get; } = new(2014, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The re-ranker may use every signal the index computes (no embedder is configured by default).</summary>
    public static IReadOnlyList<PairFeature> RerankerCandidates { get; } =
        Enum.GetValues<PairFeature>().Where(f => f != PairFeature.EmbeddingCosine).ToArray();

    /// <summary>
    /// The link model sees absolute evidence only: "share of the best candidate" features would make every ticket's
    /// best neighbour look likely even when nothing similar exists.
    /// </summary>
    public static IReadOnlyList<PairFeature> LinkCandidates { get; } = RerankerCandidates
        .Where(f => f is not (PairFeature.RelativeToBest or PairFeature.TextCosineRelative)).ToArray();

    /// <summary>Only time apart may count against a pair; every other signal is evidence for it or nothing.</summary>
    public static IReadOnlyList<PairFeature> NonNegative { get; } =
        Enum.GetValues<PairFeature>().Where(f => f != PairFeature.DaysApartLog).ToArray();

    /// <summary>Fits both models on the tuning pools and scores them.</summary>
    public static RankingFitReport Fit(
        IReadOnlyList<CandidatePool> pools,
        DateTime? cutoff = null,
        double l2 = 1.0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pools);
        var split = cutoff ?? DefaultCutoff;
        var tuning = pools.Where(p => p.CreatedAt < split).ToList();
        var later = pools.Where(p => p.CreatedAt >= split).ToList();
        var examples = tuning
            .SelectMany(p => p.Candidates)
            .Select(c => new LabelledPair(c.Features, c.IsDuplicate))
            .ToList();
        return new RankingFitReport(
            split, tuning.Count, examples.Count, later.Count,
            FitOne(examples, RerankerCandidates, DefaultReranker.Model, l2, tuning, later, pools, cancellationToken),
            FitOne(examples, LinkCandidates, DefaultLinkModel.Model, l2, tuning, later, pools, cancellationToken));
    }

    private static FittedRankingModel FitOne(
        IReadOnlyList<LabelledPair> examples,
        IReadOnlyList<PairFeature> candidates,
        RankingModel current,
        double l2,
        IReadOnlyList<CandidatePool> tuning,
        IReadOnlyList<CandidatePool> later,
        IReadOnlyList<CandidatePool> all,
        CancellationToken cancellationToken)
    {
        var fitted = RankingModelTrainer.TrainSignConstrained(examples, candidates, NonNegative, l2, cancellationToken);
        var leftOut = candidates.Where(f => fitted.Weight(f) == 0).ToList();
        return new FittedRankingModel(
            fitted, current, candidates, leftOut,
            PoolRanking.Score(tuning, fitted), PoolRanking.Score(later, fitted), PoolRanking.Score(all, fitted),
            PoolRanking.Score(all, current),
            PoolRanking.LogLoss(later, fitted), PoolRanking.LogLoss(later, current));
    }
}
