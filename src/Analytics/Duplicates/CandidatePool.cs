namespace Reporting.Analytics.Duplicates;

/// <summary>
/// One evaluation query's re-ranking pool: the earlier tickets the first stage chose, with their pair features and
/// whether each is a linked duplicate. Features do not depend on the re-ranker's weights, so any weights can be
/// fitted and scored on the same pools.
/// </summary>
public sealed record CandidatePool(string QueryId, DateTime CreatedAt, IReadOnlyList<PoolCandidate> Candidates)
{
    public bool HasDuplicate => Candidates.Any(c => c.IsDuplicate);
}
