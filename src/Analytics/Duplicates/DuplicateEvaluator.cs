using System.Diagnostics;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// The fixed evaluation protocol: every ticket with a duplicate link to an older ticket is a query; its candidates
/// are all tickets created before it (the index is replayed in created order: query, then add); a hit at k when any
/// linked older ticket ranks in the top k. Groups from a full re-cluster are scored pairwise against the link
/// components.
/// </summary>
public static class DuplicateEvaluator
{
    public static DuplicateEvaluationReport Evaluate(
        IReadOnlyList<DuplicateCandidate> tickets, IReadOnlyList<DuplicateLink> links, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var queries = DuplicateEvaluation.BuildQueries(tickets, links).ToDictionary(q => q.QueryId, StringComparer.Ordinal);
        using var index = new SimilarityIndex();
        var prepared = index.PrepareMany(tickets, cancellationToken);
        var ranks = new List<int?>(queries.Count);
        var queryTime = new Stopwatch();
        for (var i = 0; i < prepared.Count; i++)
        {
            var ticket = prepared[i];
            if (queries.TryGetValue(ticket.Ticket.Id, out var query))
            {
                queryTime.Start();
                var matches = index.Query(ticket, 10, explain: false, cancellationToken);
                queryTime.Stop();
                ranks.Add(DuplicateEvaluation.FirstRelevantRank(matches.Select(m => m.Id).ToList(), query.OlderDuplicateIds));
            }

            index.Add(ticket);
            if (i % 5000 == 4999)
            {
                progress?.Report($"ranked {i + 1:N0} of {prepared.Count:N0} tickets, {ranks.Count:N0} queries");
            }
        }

        var scores = DuplicateEvaluation.ScoreRankings(ranks);
        progress?.Report("clustering all tickets for the pairwise scores");
        var clusterWatch = Stopwatch.StartNew();
        using var clusters = RecurringBugClusterer.Recluster(tickets, cancellationToken: cancellationToken);
        var clusterSeconds = clusterWatch.Elapsed.TotalSeconds;
        var ids = tickets.Select(t => t.Id).ToList();
        var pairs = DuplicateEvaluation.ComparePartitions(ids, DuplicateEvaluation.LinkComponents(ids, links), clusters.GroupOfTicket);
        return new DuplicateEvaluationReport(
            ranks.Count,
            scores.RecallAt1, scores.RecallAt5, scores.RecallAt10, scores.MeanReciprocalRank,
            ranks.Count == 0 ? 0 : queryTime.Elapsed.TotalMilliseconds / ranks.Count,
            pairs.Precision, pairs.Recall, pairs.F1, clusterSeconds, tickets.Count);
    }
}

/// <summary>The evaluation's figures; JSON keys are the snake_case of these names.</summary>
public sealed record DuplicateEvaluationReport(
    int Queries, double RecallAt1, double RecallAt5, double RecallAt10, double Mrr, double MsPerQuery,
    double PairPrecision, double PairRecall, double PairF1, double ClusterSeconds, int Tickets);
