namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Joins groups that are fragments of one problem. A ticket joins a group through its single best link, so a
/// problem reported for weeks splits wherever a report's best link falls short or lands in another fragment:
/// the days between reports weaken every single link across, although there are many of them. Two groups merge
/// when the tickets that link across (each counted once, by its strongest link at or above
/// <see cref="ClusteringOptions.SupportProbability"/>) together make
/// 1 − Π(1 − p) ≥ <see cref="ClusteringOptions.CorroborationProbability"/>, and at least half of the smaller
/// group's tickets take part in those links (so a large group cannot absorb a small one on volume alone).
/// Strongest evidence first, repeated until nothing merges, never past the size cap nor across a pair kept apart.
/// </summary>
internal static class CorroboratedMerge
{
    /// <param name="sets">Groups so far, over the ticket positions.</param>
    /// <param name="position">Ticket id → position in created order.</param>
    /// <param name="links">Candidate links; those below the support probability are ignored.</param>
    public static void Apply(DisjointSet sets, IReadOnlyDictionary<string, int> position, IReadOnlyList<NeighbourLink> links, ClusteringOptions options)
    {
        var support = links
            .Where(l => l.Probability >= options.SupportProbability && position.ContainsKey(l.TicketId) && position.ContainsKey(l.EarlierTicketId))
            .Select(l => (From: position[l.TicketId], To: position[l.EarlierTicketId], l.Probability))
            .ToList();
        bool merged;
        do
        {
            merged = MergeRound(sets, support, options);
        }
        while (merged);
    }

    private static bool MergeRound(DisjointSet sets, List<(int From, int To, double Probability)> support, ClusteringOptions options)
    {
        // Per pair of groups: each bridging ticket's strongest link across, and every ticket a link across touches.
        var strongest = new Dictionary<(int, int), Dictionary<int, double>>();
        var touched = new Dictionary<(int, int), HashSet<int>>();
        foreach (var (from, to, probability) in support)
        {
            var (a, b) = (sets.Find(from), sets.Find(to));
            if (a == b)
            {
                continue;
            }

            var pair = a < b ? (a, b) : (b, a);
            if (!strongest.TryGetValue(pair, out var bridges))
            {
                strongest[pair] = bridges = [];
                touched[pair] = [];
            }

            bridges[from] = Math.Max(bridges.GetValueOrDefault(from), probability);
            touched[pair].Add(from);
            touched[pair].Add(to);
        }

        var candidates = strongest
            .Select(p => (Pair: p.Key, Evidence: 1 - p.Value.Values.Aggregate(1.0, (doubt, q) => doubt * (1 - q))))
            .Where(c => c.Evidence >= options.CorroborationProbability
                        && sets.SizeOf(c.Pair.Item1) + sets.SizeOf(c.Pair.Item2) <= options.MaxGroupSize
                        && sets.CanJoin(c.Pair.Item1, c.Pair.Item2)
                        && SmallerGroupTakesPart(sets, c.Pair, touched[c.Pair]))
            .OrderByDescending(c => c.Evidence)
            .ThenBy(c => c.Pair.Item1)
            .ThenBy(c => c.Pair.Item2)
            .ToList();

        // One merge per group per round: sizes and evidence change once a group has grown.
        var merged = new HashSet<int>();
        foreach (var ((a, b), _) in candidates)
        {
            if (!merged.Contains(a) && !merged.Contains(b))
            {
                merged.Add(a);
                merged.Add(b);
                sets.Union(a, b);
            }
        }

        return merged.Count > 0;
    }

    private static bool SmallerGroupTakesPart(DisjointSet sets, (int, int) pair, HashSet<int> touched)
    {
        var (a, b) = pair;
        var smaller = sets.SizeOf(a) <= sets.SizeOf(b) ? a : b;
        var taking = touched.Count(t => sets.Find(t) == smaller);
        return 2 * taking >= sets.SizeOf(smaller);
    }
}
