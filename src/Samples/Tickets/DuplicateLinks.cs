namespace Reporting.Samples;

/// <summary>
/// Links every report of a recurring problem after the first to an older report of it: usually the first
/// (agents merge into the original), sometimes an arbitrary earlier one or the most recent one.
/// </summary>
internal static class DuplicateLinks
{
    public static string?[] Assign(Random random, IReadOnlyList<TicketDraft> drafts, IReadOnlyList<string> ids)
    {
        var links = new string?[drafts.Count];
        var earlier = new Dictionary<int, List<int>>();
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].Family is not { } family)
            {
                continue;
            }

            if (!earlier.TryGetValue(family.Number, out var seen))
            {
                earlier.Add(family.Number, [i]);
                continue;
            }

            var target = random.PickIndex([0.75, 0.15, 0.1]) switch
            {
                0 => seen[0],
                1 => seen[random.Next(seen.Count)],
                _ => seen[^1],
            };
            links[i] = ids[target];
            seen.Add(i);
        }

        return links;
    }
}
