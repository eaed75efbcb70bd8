namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Replays the evaluation protocol (tickets in created order: query, then add) and keeps each query's whole
/// candidate pool instead of its top ten, as training and scoring material for the re-ranker and the link model.
/// </summary>
public static class CandidatePoolCollector
{
    public static IReadOnlyList<CandidatePool> Collect(
        IReadOnlyList<DuplicateCandidate> tickets,
        IReadOnlyList<DuplicateLink> links,
        SimilarityIndexOptions? options = null,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(links);
        var queries = DuplicateEvaluation.BuildQueries(tickets, links).ToDictionary(q => q.QueryId, StringComparer.Ordinal);
        using var index = new SimilarityIndex(options);
        var poolSize = index.Options.CandidatePoolSize + index.Options.EmbeddingCandidates;
        var prepared = index.PrepareMany(tickets, cancellationToken);
        var pools = new List<CandidatePool>(queries.Count);
        for (var i = 0; i < prepared.Count; i++)
        {
            var ticket = prepared[i];
            if (queries.TryGetValue(ticket.Ticket.Id, out var query))
            {
                // In created order, not in the current re-ranker's order: the fit sums over pairs in this order, and
                // its coefficients must not depend on the weights being refitted.
                var matches = index.Query(ticket, poolSize, explain: false, cancellationToken)
                    .OrderBy(m => m.CreatedAt)
                    .ThenBy(m => m.Id, StringComparer.Ordinal);
                pools.Add(new CandidatePool(query.QueryId, ticket.Ticket.CreatedAt,
                    matches.Select(m => new PoolCandidate(m.Id, m.CreatedAt, m.Features, query.OlderDuplicateIds.Contains(m.Id))).ToList()));
            }

            index.Add(ticket);
            if (i % 5000 == 4999)
            {
                progress?.Report($"pooled {i + 1:N0} of {prepared.Count:N0} tickets, {pools.Count:N0} queries");
            }
        }

        return pools;
    }
}
