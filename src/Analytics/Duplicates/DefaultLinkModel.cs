namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Link probabilities for clustering: a sign-constrained logistic model over absolute evidence only
/// (no "share of the best candidate" features, which would make every ticket's best neighbour look
/// likely even when nothing similar exists). Fitted by DupsLab on the Hadoop-family tuning period
/// (queries before 2014-01-01), like <see cref="DefaultReranker"/>.
/// </summary>
internal static class DefaultLinkModel
{
    public static RankingModel Model { get; } = RankingModel.FromWeights(-6.2137, new Dictionary<PairFeature, double>
    {
        [PairFeature.SummaryToSummary] = 0.7822,
        [PairFeature.SummaryToBody] = 4.1201,
        [PairFeature.BodyToSummary] = 3.264,
        [PairFeature.SameProduct] = 1.1833,
        [PairFeature.SameService] = 0.8951,
        [PairFeature.SharedVersion] = 0.5386,
        [PairFeature.DaysApartLog] = -4.7466,
        [PairFeature.SharedErrorSignature] = 1.0137,
        [PairFeature.TextCosine] = 6.9172,
    });
}
