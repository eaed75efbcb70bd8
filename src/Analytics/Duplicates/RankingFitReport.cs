namespace Reporting.Analytics.Duplicates;

/// <summary>
/// What <see cref="RankingModelFit"/> produced: the re-ranker and link-model coefficients and the figures they give,
/// beside the committed defaults' figures on the same pools. Tuning = queries before the cutoff (fitted on), later =
/// the others (never seen by the fit), all = the evaluation's queries.
/// </summary>
public sealed record RankingFitReport(
    DateTime Cutoff,
    int TuningQueries,
    int TuningPairs,
    int LaterQueries,
    FittedRankingModel Reranker,
    FittedRankingModel LinkModel);
