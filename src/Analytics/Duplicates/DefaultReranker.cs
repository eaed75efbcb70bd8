namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Re-ranking weights used when none are supplied: exactly what <c>reporting duplicates fit --input
/// hadoop-family.jsonl.gz</c> prints (<see cref="RankingModelFit"/>): a sign-constrained logistic model fitted with
/// ML.NET on the Hadoop-family Jira tuning period only (duplicate queries created before 2014-01-01; candidate pools
/// of 300). Features whose weight would have turned negative (text channels already covered by the cosine, crash
/// signals already covered by the error signature) are left out rather than given offsetting negative weights.
/// Refit with the same verb on a tenant's own duplicate links when enough exist.
/// </summary>
internal static class DefaultReranker
{
    public static RankingModel Model { get; } = RankingModel.FromWeights(-8.2646, new Dictionary<PairFeature, double>
    {
        [PairFeature.SummaryToBody] = 1.8624,
        [PairFeature.BodyToSummary] = 1.2166,
        [PairFeature.RelativeToBest] = 3.1385,
        [PairFeature.SameProduct] = 1.0156,
        [PairFeature.SameService] = 0.4994,
        [PairFeature.SharedVersion] = 0.2888,
        [PairFeature.DaysApartLog] = -4.3732,
        [PairFeature.SharedErrorSignature] = 0.7098,
        [PairFeature.TextCosine] = 0.0898,
        [PairFeature.TextCosineRelative] = 4.9133,
    });
}
