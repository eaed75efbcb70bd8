namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Union-find with path halving and union by size, over dense integer ids; pairs of items can be kept apart
/// (<see cref="KeepApart"/>), which <see cref="CanJoin"/> checks and <see cref="Union"/> carries over to the joined set.
/// </summary>
internal sealed class DisjointSet
{
    private readonly List<int> parent = [];
    private readonly List<int> size = [];

    // Root → items that may never join its set (kept on the root only; few, since people write them).
    private readonly Dictionary<int, List<int>> apart = [];

    public int Count => parent.Count;

    public int AddSingleton()
    {
        parent.Add(parent.Count);
        size.Add(1);
        return parent.Count - 1;
    }

    public int Find(int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }

        return item;
    }

    public int SizeOf(int item) => size[Find(item)];

    /// <summary>From now on the sets of these two items may not be joined (through them or any other members).</summary>
    public void KeepApart(int left, int right)
    {
        Apart(Find(left)).Add(right);
        Apart(Find(right)).Add(left);
    }

    /// <summary>Whether joining the two items' sets would put no pair that is kept apart into one set.</summary>
    public bool CanJoin(int left, int right)
    {
        var a = Find(left);
        var b = Find(right);
        if (a == b)
        {
            return true;
        }

        // A pair kept apart leaves an entry on both sides, so the shorter list is enough to look through.
        if (!apart.TryGetValue(a, out var fromA) || !apart.TryGetValue(b, out var fromB))
        {
            return true;
        }

        var (list, other) = fromA.Count <= fromB.Count ? (fromA, b) : (fromB, a);
        return !list.Exists(item => Find(item) == other);
    }

    /// <summary>Joins the sets of both items and returns the new root.</summary>
    public int Union(int left, int right)
    {
        var a = Find(left);
        var b = Find(right);
        if (a == b)
        {
            return a;
        }

        if (size[a] < size[b])
        {
            (a, b) = (b, a);
        }

        parent[b] = a;
        size[a] += size[b];
        if (apart.Remove(b, out var carried))
        {
            Apart(a).AddRange(carried);
        }

        return a;
    }

    private List<int> Apart(int root)
    {
        if (!apart.TryGetValue(root, out var list))
        {
            apart[root] = list = [];
        }

        return list;
    }
}
