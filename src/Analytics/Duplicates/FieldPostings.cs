namespace Reporting.Analytics.Duplicates;

/// <summary>
/// The inverted index of one field (summary, body, ...): postings per term id and document lengths,
/// updated as documents arrive so BM25 statistics always reflect the tickets seen so far.
/// </summary>
internal sealed class FieldPostings
{
    private readonly List<PostingList?> postings = [];
    private readonly List<int> lengths = [];
    private long totalLength;

    public double AverageLength => lengths.Count == 0 ? 1 : Math.Max(1.0, (double)totalLength / lengths.Count);

    public int DocumentFrequency(int termId) =>
        termId >= 0 && termId < postings.Count ? postings[termId]?.Count ?? 0 : 0;

    public PostingList? Postings(int termId) => termId >= 0 && termId < postings.Count ? postings[termId] : null;

    public int Length(int document) => lengths[document];

    /// <summary>Adds the next document; <paramref name="termCounts"/> holds distinct term ids with their counts.</summary>
    public void Add(int document, IReadOnlyList<KeyValuePair<int, int>> termCounts)
    {
        if (document != lengths.Count)
        {
            throw new InvalidOperationException("Documents must be added to every field in the same order.");
        }

        var length = 0;
        foreach (var (termId, count) in termCounts)
        {
            while (postings.Count <= termId)
            {
                postings.Add(null);
            }

            (postings[termId] ??= new PostingList()).Add(document, count);
            length += count;
        }

        lengths.Add(length);
        totalLength += length;
    }
}
