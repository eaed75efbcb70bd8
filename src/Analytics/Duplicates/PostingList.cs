namespace Reporting.Analytics.Duplicates;

/// <summary>Documents containing one term in one field, in the order they were added, with term counts.</summary>
internal sealed class PostingList
{
    private int[] documents = new int[2];
    private float[] counts = new float[2];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Documents => documents.AsSpan(0, Count);

    public ReadOnlySpan<float> Counts => counts.AsSpan(0, Count);

    public void Add(int document, float count)
    {
        if (Count == documents.Length)
        {
            Array.Resize(ref documents, Count * 2);
            Array.Resize(ref counts, Count * 2);
        }

        documents[Count] = document;
        counts[Count] = count;
        Count++;
    }
}
