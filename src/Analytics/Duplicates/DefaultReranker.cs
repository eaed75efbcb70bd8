namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Re-ranking weights used when none are supplied: a sign-constrained logistic model fitted by the
/// DupsLab console on the Hadoop-family Jira tuning period only (duplicate queries created before
/// 2014-01-01; candidate pools of 300). Features whose weight would have turned negative (text
/// channels already covered by the cosine, crash signals already covered by the error signature) are
/// left out rather than given offsetting negative weights. Refit with <see cref="RankingModelTrainer"/>
/// on a tenant's own duplicate links when enough exist.
/// </summary>
internal static class DefaultReranker
{
    public static RankingModel Model { get; } = RankingModel.FromWeights(-8.264, new Dictionary<PairFeature, double>
    {
        [PairFeature.SummaryToBody] = 1.8718,
        [PairFeature.BodyToSummary] = 1.3006,
        [PairFeature.RelativeToBest] = 3.1482,
        [PairFeature.SameProduct] = 1.0114,
        [PairFeature.SameService] = 0.5637,
        [PairFeature.SharedVersion] = 0.3229,
        [PairFeature.DaysApartLog] = -4.3548,
        [PairFeature.SharedErrorSignature] = 0.7094,
        [PairFeature.TextCosine] = 0.0183,
        [PairFeature.TextCosineRelative] = 4.8738,
    });
}
