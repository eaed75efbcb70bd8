namespace Reporting.Analytics.Duplicates;

/// <summary>
/// The evaluation protocol for duplicate retrieval and grouping.
/// Retrieval: every ticket with a duplicate link to an older ticket in the input is a query; its
/// candidates are all earlier tickets; a query is a hit at k if any linked older ticket ranks in the top k.
/// Grouping: true clusters are connected components of the links over tickets in the input; pairs are
/// unordered ticket pairs in one cluster; precision/recall/F1 compare predicted pairs with true pairs.
/// </summary>
public static class DuplicateEvaluation
{
    /// <summary>Builds the queries: tickets linked to at least one strictly older ticket in the input.</summary>
    public static IReadOnlyList<DuplicateQuery> BuildQueries(IReadOnlyList<DuplicateCandidate> tickets, IEnumerable<DuplicateLink> links)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(links);
        var created = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var ticket in tickets)
        {
            created[ticket.Id] = ticket.CreatedAt;
        }

        var older = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (first, second) in links)
        {
            if (!created.TryGetValue(first, out var firstCreated) || !created.TryGetValue(second, out var secondCreated) || first == second)
            {
                continue;
            }

            if (firstCreated > secondCreated)
            {
                AddOlder(older, first, second);
            }
            else if (secondCreated > firstCreated)
            {
                AddOlder(older, second, first);
            }
        }

        return tickets
            .Where(t => older.ContainsKey(t.Id))
            .OrderBy(t => t.CreatedAt)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => new DuplicateQuery(t.Id, older[t.Id]))
            .ToList();
    }

    /// <summary>1-based rank of the first relevant id, or null when none is ranked.</summary>
    public static int? FirstRelevantRank(IReadOnlyList<string> rankedIds, IReadOnlySet<string> relevantIds)
    {
        ArgumentNullException.ThrowIfNull(rankedIds);
        ArgumentNullException.ThrowIfNull(relevantIds);
        for (var i = 0; i < rankedIds.Count; i++)
        {
            if (relevantIds.Contains(rankedIds[i]))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>Recall@1/5/10 and MRR from each query's first relevant rank (null = not found, counts as 0).</summary>
    public static RankingScores ScoreRankings(IReadOnlyList<int?> firstRelevantRanks)
    {
        ArgumentNullException.ThrowIfNull(firstRelevantRanks);
        var count = firstRelevantRanks.Count;
        if (count == 0)
        {
            return new RankingScores(0, 0, 0, 0, 0);
        }

        return new RankingScores(
            count,
            RecallAt(firstRelevantRanks, 1),
            RecallAt(firstRelevantRanks, 5),
            RecallAt(firstRelevantRanks, 10),
            firstRelevantRanks.Sum(rank => rank is > 0 ? 1.0 / rank.Value : 0) / count);
    }

    public static double RecallAt(IReadOnlyList<int?> firstRelevantRanks, int k)
    {
        ArgumentNullException.ThrowIfNull(firstRelevantRanks);
        return firstRelevantRanks.Count == 0 ? 0 : firstRelevantRanks.Count(rank => rank is > 0 && rank <= k) / (double)firstRelevantRanks.Count;
    }

    /// <summary>
    /// Scores predicted groups (ticket id → group id; tickets missing are singletons) against the
    /// connected components of <paramref name="links"/> over <paramref name="ticketIds"/>.
    /// </summary>
    public static PairwiseScores ScorePairs(
        IEnumerable<string> ticketIds,
        IEnumerable<DuplicateLink> links,
        IReadOnlyDictionary<string, string> predictedGroupOf)
    {
        var ids = ticketIds.Distinct(StringComparer.Ordinal).ToList();
        return ComparePartitions(ids, LinkComponents(ids, links), predictedGroupOf);
    }

    /// <summary>Ticket id → component id of the links among the given tickets (links to unknown tickets are ignored).</summary>
    public static IReadOnlyDictionary<string, string> LinkComponents(IReadOnlyList<string> ticketIds, IEnumerable<DuplicateLink> links)
    {
        ArgumentNullException.ThrowIfNull(ticketIds);
        ArgumentNullException.ThrowIfNull(links);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new DisjointSet();
        foreach (var id in ticketIds)
        {
            if (!index.ContainsKey(id))
            {
                index[id] = sets.AddSingleton();
            }
        }

        foreach (var (first, second) in links)
        {
            if (index.TryGetValue(first, out var a) && index.TryGetValue(second, out var b))
            {
                sets.Union(a, b);
            }
        }

        return index.ToDictionary(pair => pair.Key, pair => "c" + sets.Find(pair.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// Pair counting between two partitions of the same tickets: precision = shared / predicted pairs,
    /// recall = shared / reference pairs. With no predicted (or reference) pairs the undefined ratio is 0.
    /// </summary>
    public static PairwiseScores ComparePartitions(
        IReadOnlyList<string> ticketIds,
        IReadOnlyDictionary<string, string> referenceGroupOf,
        IReadOnlyDictionary<string, string> predictedGroupOf)
    {
        ArgumentNullException.ThrowIfNull(ticketIds);
        ArgumentNullException.ThrowIfNull(referenceGroupOf);
        ArgumentNullException.ThrowIfNull(predictedGroupOf);
        var referenceSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var predictedSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var cellSizes = new Dictionary<(string, string), long>();
        foreach (var id in ticketIds.Distinct(StringComparer.Ordinal))
        {
            // A ticket missing from a partition is a singleton of its own.
            var reference = referenceGroupOf.TryGetValue(id, out var r) ? "g:" + r : "t:" + id;
            var predicted = predictedGroupOf.TryGetValue(id, out var p) ? "g:" + p : "t:" + id;
            referenceSizes[reference] = referenceSizes.GetValueOrDefault(reference) + 1;
            predictedSizes[predicted] = predictedSizes.GetValueOrDefault(predicted) + 1;
            cellSizes[(reference, predicted)] = cellSizes.GetValueOrDefault((reference, predicted)) + 1;
        }

        var truePairs = referenceSizes.Values.Sum(Pairs);
        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var sharedPairs = cellSizes.Values.Sum(Pairs);
        var precision = predictedPairs == 0 ? 0 : (double)sharedPairs / predictedPairs;
        var recall = truePairs == 0 ? 0 : (double)sharedPairs / truePairs;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PairwiseScores(truePairs, predictedPairs, sharedPairs, precision, recall, f1);
    }

    private static long Pairs(long size) => size * (size - 1) / 2;

    private static void AddOlder(Dictionary<string, HashSet<string>> older, string newer, string original)
    {
        if (!older.TryGetValue(newer, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            older[newer] = set;
        }

        set.Add(original);
    }
}
