namespace Reporting.Analytics.Expertise;

/// <summary>
/// The smallest number of people whose tickets together cover at least a share of a service's handled tickets.
/// It is a set cover: exact by bounded search (people ordered by tickets, a branch cut when even the largest
/// remaining sets cannot reach the target), falling back to the greedy count when the search would exceed
/// <see cref="SearchBudget"/> steps; with the services this sees the search finishes.
/// </summary>
public static class BusFactor
{
    public const int SearchBudget = 200_000;

    /// <param name="ticketsByPerson">Each person's handled tickets.</param>
    /// <param name="handled">How many distinct tickets anyone handled: the base of the share.</param>
    /// <returns>Null when <paramref name="handled"/> is 0.</returns>
    public static int? Of(IReadOnlyList<IReadOnlySet<string>> ticketsByPerson, int handled, double coverage)
    {
        if (handled == 0)
        {
            return null;
        }

        var target = (int)Math.Ceiling(coverage * handled - 1e-9);
        var index = ticketsByPerson.SelectMany(s => s).Distinct(StringComparer.Ordinal)
            .Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var sets = ticketsByPerson.Select(s => ToBits(s, index)).OrderByDescending(Count).ToList();
        var greedy = Greedy(sets, index.Count, target);
        var budget = SearchBudget;
        for (var k = 1; k < greedy; k++)
        {
            if (Reaches(sets, new ulong[Words(index.Count)], 0, k, target, ref budget))
            {
                return k;
            }

            if (budget <= 0)
            {
                break;
            }
        }

        return greedy;
    }

    private static int Greedy(List<ulong[]> sets, int tickets, int target)
    {
        var covered = new ulong[Words(tickets)];
        var picked = 0;
        while (Count(covered) < target)
        {
            var best = sets.MaxBy(s => Count(Union(covered, s)))!;
            covered = Union(covered, best);
            picked++;
        }

        return picked;
    }

    private static bool Reaches(List<ulong[]> sets, ulong[] covered, int start, int left, int target, ref int budget)
    {
        if (Count(covered) >= target)
        {
            return true;
        }

        if (left == 0 || --budget <= 0)
        {
            return false;
        }

        for (var i = start; i <= sets.Count - left; i++)
        {
            // Sets are ordered largest first: if these cannot close the gap, none later can.
            if (Count(covered) + sets.Skip(i).Take(left).Sum(Count) < target)
            {
                return false;
            }

            if (Reaches(sets, Union(covered, sets[i]), i + 1, left - 1, target, ref budget))
            {
                return true;
            }
        }

        return false;
    }

    private static int Words(int bits) => (bits + 63) / 64;

    private static ulong[] ToBits(IReadOnlySet<string> tickets, Dictionary<string, int> index)
    {
        var bits = new ulong[Words(index.Count)];
        foreach (var t in tickets)
        {
            bits[index[t] / 64] |= 1UL << (index[t] % 64);
        }

        return bits;
    }

    private static ulong[] Union(ulong[] a, ulong[] b) => a.Zip(b, (x, y) => x | y).ToArray();

    private static int Count(ulong[] bits) => bits.Sum(System.Numerics.BitOperations.PopCount);
}
