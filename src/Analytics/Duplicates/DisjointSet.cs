namespace Reporting.Analytics.Duplicates;

/// <summary>Union-find with path halving and union by size, over dense integer ids.</summary>
internal sealed class DisjointSet
{
    private readonly List<int> parent = [];
    private readonly List<int> size = [];

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
        return a;
    }
}
