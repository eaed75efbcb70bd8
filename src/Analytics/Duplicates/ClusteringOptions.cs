namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Thresholds of <see cref="RecurringBugClusterer"/>. Probabilities are the re-ranker's calibrated
/// P(duplicate). Safeguards against chaining (A~B~C~... drifting into a broad topic): a ticket
/// attaches through its single best link; joining two existing groups needs the stricter
/// <see cref="MergeProbability"/>; only the top <see cref="NeighboursPerTicket"/> are considered;
/// and no group grows past <see cref="MaxGroupSize"/>. Defaults were chosen for pair F1 on the
/// tuning period of the Hadoop-family Jira data (tickets created before 2014).
/// </summary>
public sealed record ClusteringOptions
{
    public double LinkProbability { get; init; } = 0.6;

    public double MergeProbability { get; init; } = 0.9;

    public int NeighboursPerTicket { get; init; } = 5;

    public int MaxGroupSize { get; init; } = 500;

    /// <summary>
    /// Index settings for finding neighbours: a smaller pool than interactive search, since only
    /// high-confidence links matter and clustering must scale to 100k tickets.
    /// </summary>
    public SimilarityIndexOptions IndexOptions { get; init; } = new()
    {
        CandidatePoolSize = 40,
        MaxBodyQueryTerms = 20,
        MaxPostingsPerChannel = 2000,
        Reranker = DefaultLinkModel.Model,
    };

    /// <summary>Prefix of newly minted group ids.</summary>
    public string GroupIdPrefix { get; init; } = "RB-";
}
