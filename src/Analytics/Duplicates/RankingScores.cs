namespace Reporting.Analytics.Duplicates;

/// <summary>Retrieval quality over a set of queries: Recall@k (a linked older ticket in the top k) and MRR.</summary>
public sealed record RankingScores(int Queries, double RecallAt1, double RecallAt5, double RecallAt10, double MeanReciprocalRank);
