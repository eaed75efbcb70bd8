namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Link probabilities for clustering: a sign-constrained logistic model over absolute evidence only
/// (no "share of the best candidate" features, which would make every ticket's best neighbour look
/// likely even when nothing similar exists). Exactly what <c>reporting duplicates fit</c> prints for the link model,
/// fitted on the same Hadoop-family tuning period (queries before 2014-01-01) as <see cref="DefaultReranker"/>.
/// </summary>
internal static class DefaultLinkModel
{
    public static RankingModel Model { get; } = RankingModel.FromWeights(-6.189, new Dictionary<PairFeature, double>
    {
        [PairFeature.SummaryToSummary] = 0.8417,
        [PairFeature.SummaryToBody] = 4.103,
        [PairFeature.BodyToSummary] = 3.2058,
        [PairFeature.SameProduct] = 1.1595,
        [PairFeature.SameService] = 0.8522,
        [PairFeature.SharedVersion] = 0.5244,
        [PairFeature.DaysApartLog] = -4.7537,
        [PairFeature.SharedErrorSignature] = 0.9931,
        [PairFeature.TextCosine] = 7.0086,
    });
}
