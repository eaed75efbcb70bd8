namespace Reporting.Analytics.Duplicates;

/// <summary>Pair-counting agreement of a predicted grouping with a reference grouping.</summary>
public sealed record PairwiseScores(long TruePairs, long PredictedPairs, long SharedPairs, double Precision, double Recall, double F1);
