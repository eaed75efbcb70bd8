namespace Reporting.Analytics.Duplicates;

/// <summary>
/// A linear (logistic) model over <see cref="PairFeature"/> values. Score orders candidates;
/// Probability = sigmoid(Score) is the calibrated chance that the pair is a duplicate, used as
/// the clustering threshold.
/// </summary>
public sealed record RankingModel(IReadOnlyList<double> Weights, double Bias)
{
    /// <summary>
    /// Hand-set first-stage weights used to pick the candidate pool; only text channels count,
    /// because the pool must be found through the postings.
    /// </summary>
    public static RankingModel CandidateDefault { get; } = FromWeights(0, new Dictionary<PairFeature, double>
    {
        [PairFeature.SummaryToSummary] = 1.0,
        [PairFeature.SummaryToBody] = 0.3,
        [PairFeature.BodyToSummary] = 0.5,
        [PairFeature.BodyToBody] = 0.6,
        [PairFeature.SummaryBigrams] = 0.3,
        [PairFeature.TraceTokens] = 0.3,
    });

    public static RankingModel FromWeights(double bias, IReadOnlyDictionary<PairFeature, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var values = new double[PairFeatureCount.Value];
        foreach (var (feature, weight) in weights)
        {
            values[(int)feature] = weight;
        }

        return new RankingModel(values, bias);
    }

    public double Weight(PairFeature feature) => Weights[(int)feature];

    public double Score(ReadOnlySpan<double> features)
    {
        var score = Bias;
        var count = Math.Min(features.Length, Weights.Count);
        for (var i = 0; i < count; i++)
        {
            score += Weights[i] * features[i];
        }

        return score;
    }

    public static double Sigmoid(double score) => 1.0 / (1.0 + Math.Exp(-score));
}
