namespace Reporting.Analytics.Duplicates;

/// <summary>One fitted model with the features the sign constraints left out, and its figures against the default's.</summary>
public sealed record FittedRankingModel(
    RankingModel Fitted,
    RankingModel Default,
    IReadOnlyList<PairFeature> Candidates,
    IReadOnlyList<PairFeature> LeftOut,
    RankingScores FittedTuning,
    RankingScores FittedLater,
    RankingScores FittedAll,
    RankingScores DefaultAll,
    double FittedLaterLogLoss,
    double DefaultLaterLogLoss);
