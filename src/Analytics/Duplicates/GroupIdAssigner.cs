namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Gives groups ids that survive re-runs. A group inherits a previous id when it holds a strict
/// majority of that previous group's tickets still present (so at most one group can claim it;
/// with several claims, as when two groups were merged, the largest overlap wins, then the older one: the id whose
/// first ticket here was created first, then the lexically smallest id). Other groups get
/// prefix + their earliest ticket's id, which is itself stable when the group is found again.
/// </summary>
public static class GroupIdAssigner
{
    /// <param name="groups">Members of each group, earliest ticket first.</param>
    /// <param name="previousGroupOf">Last run's ticket → group id, or null on a first run.</param>
    public static IReadOnlyList<string> Assign(
        IReadOnlyList<IReadOnlyList<string>> groups,
        IReadOnlyDictionary<string, string>? previousGroupOf,
        string prefix = "RB-")
    {
        ArgumentNullException.ThrowIfNull(groups);
        var ids = new string?[groups.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (previousGroupOf is { Count: > 0 })
        {
            InheritPreviousIds(groups, previousGroupOf, ids, used);
        }

        for (var g = 0; g < groups.Count; g++)
        {
            if (ids[g] is not null)
            {
                continue;
            }

            var candidate = prefix + groups[g][0];
            var id = candidate;
            for (var suffix = 2; !used.Add(id); suffix++)
            {
                id = candidate + "~" + suffix;
            }

            ids[g] = id;
        }

        return ids!;
    }

    private static void InheritPreviousIds(
        IReadOnlyList<IReadOnlyList<string>> groups,
        IReadOnlyDictionary<string, string> previousGroupOf,
        string?[] ids,
        HashSet<string> used)
    {
        // Size of each previous group counting only tickets present in this run.
        var presentSize = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in groups.SelectMany(g => g))
        {
            if (previousGroupOf.TryGetValue(member, out var previous))
            {
                presentSize[previous] = presentSize.GetValueOrDefault(previous) + 1;
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var overlaps = new Dictionary<string, int>(StringComparer.Ordinal);
            var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var m = 0; m < groups[g].Count; m++)
            {
                if (previousGroupOf.TryGetValue(groups[g][m], out var previous))
                {
                    overlaps[previous] = overlaps.GetValueOrDefault(previous) + 1;
                    firstAt.TryAdd(previous, m);
                }
            }

            var best = overlaps
                .Where(pair => 2 * pair.Value > presentSize[pair.Key])
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => firstAt[pair.Key])
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => pair.Key)
                .FirstOrDefault();
            if (best is not null && used.Add(best))
            {
                ids[g] = best;
            }
        }
    }
}
