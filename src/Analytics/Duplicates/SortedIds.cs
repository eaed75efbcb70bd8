namespace Reporting.Analytics.Duplicates;

/// <summary>Set operations on sorted, distinct id arrays (cheaper than hash sets for the short lists kept per ticket).</summary>
internal static class SortedIds
{
    public static int[] From(IEnumerable<int> ids)
    {
        var set = new SortedSet<int>();
        foreach (var id in ids)
        {
            if (id >= 0)
            {
                set.Add(id);
            }
        }

        return [.. set];
    }

    public static int IntersectionCount(int[] left, int[] right)
    {
        int i = 0, j = 0, count = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                count++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return count;
    }

    public static IEnumerable<int> Intersection(int[] left, int[] right)
    {
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                yield return left[i];
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }

    public static double Jaccard(int[] left, int[] right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return 0;
        }

        var shared = IntersectionCount(left, right);
        return (double)shared / (left.Length + right.Length - shared);
    }

    public static double OverlapOfSmaller(int[] left, int[] right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return 0;
        }

        return (double)IntersectionCount(left, right) / Math.Min(left.Length, right.Length);
    }
}
