namespace Reporting.Analytics.Duplicates;

/// <summary>One field of one document as sorted term ids with counts: lets the index score a term for a single document without its postings.</summary>
internal sealed record FieldVector(int[] TermIds, float[] Counts)
{
    public static FieldVector From(IReadOnlyList<KeyValuePair<int, int>> termCounts)
    {
        var ids = new int[termCounts.Count];
        var counts = new float[termCounts.Count];
        for (var i = 0; i < termCounts.Count; i++)
        {
            ids[i] = termCounts[i].Key;
            counts[i] = termCounts[i].Value;
        }

        Array.Sort(ids, counts);
        return new FieldVector(ids, counts);
    }

    public float CountOf(int termId)
    {
        var at = Array.BinarySearch(TermIds, termId);
        return at >= 0 ? Counts[at] : 0f;
    }
}
