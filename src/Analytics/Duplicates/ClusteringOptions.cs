namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Thresholds of <see cref="RecurringBugClusterer"/>. Probabilities are the re-ranker's calibrated
/// P(duplicate). Safeguards against chaining (A~B~C~... drifting into a broad topic): a ticket
/// attaches through its single best link; joining two existing groups needs the stricter
/// <see cref="MergeProbability"/>; only the top <see cref="NeighboursPerTicket"/> are considered;
/// and no group grows past <see cref="MaxGroupSize"/>. Defaults were chosen for pair F1 on the
/// tuning period of the Hadoop-family Jira data (tickets created before 2014). Fragments of one problem
/// are then joined on corroborated evidence (<see cref="CorroboratedMerge"/>); its two thresholds make one merge
/// on the Hadoop-family data (pair precision 0.198 → 0.196, recall unchanged) and mix no two sample families.
/// </summary>
public sealed record ClusteringOptions
{
    public double LinkProbability { get; init; } = 0.6;

    public double MergeProbability { get; init; } = 0.9;

    /// <summary>
    /// Neighbours looked at per ticket. Beyond the best few only weaker links appear, which count as support
    /// for merging fragments, not for joining a group.
    /// </summary>
    public int NeighboursPerTicket { get; init; } = 10;

    /// <summary>Weakest link that counts as support for merging two groups (never for joining one).</summary>
    public double SupportProbability { get; init; } = 0.3;

    /// <summary>Combined support, 1 − Π(1 − p) over the tickets linking across, that merges two groups.</summary>
    public double CorroborationProbability { get; init; } = 0.95;

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
