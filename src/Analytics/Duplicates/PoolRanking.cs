namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Scores weights on collected pools exactly as the evaluation does: candidates ordered by the model's score (ties to
/// the older ticket), only the top ten looked at, Recall@1/5/10 and MRR over the queries.
/// </summary>
public static class PoolRanking
{
    private const int Listed = 10;

    public static RankingScores Score(IEnumerable<CandidatePool> pools, RankingModel model)
    {
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(model);
        var ranks = new List<int?>();
        foreach (var pool in pools)
        {
            var ordered = pool.Candidates
                .Select(c => (c.IsDuplicate, c.CreatedAt, Score: model.Score(c.Features.ToArray())))
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.CreatedAt)
                .Take(Listed)
                .ToList();
            var hit = ordered.FindIndex(c => c.IsDuplicate);
            ranks.Add(hit < 0 ? null : hit + 1);
        }

        return DuplicateEvaluation.ScoreRankings(ranks);
    }

    /// <summary>Mean negative log-likelihood of the pairs' labels under the model's probabilities (lower is better calibrated).</summary>
    public static double LogLoss(IEnumerable<CandidatePool> pools, RankingModel model)
    {
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(model);
        var sum = 0.0;
        var count = 0;
        foreach (var candidate in pools.SelectMany(p => p.Candidates))
        {
            var p = Math.Clamp(RankingModel.Sigmoid(model.Score(candidate.Features.ToArray())), 1e-12, 1 - 1e-12);
            sum -= candidate.IsDuplicate ? Math.Log(p) : Math.Log(1 - p);
            count++;
        }

        return count == 0 ? 0 : sum / count;
    }
}
