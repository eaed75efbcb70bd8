namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Per-query accumulators reused across queries (pooled), so a query costs only the postings it
/// touches. A document's channel scores sit next to each other (one cache line) and a generation
/// stamp replaces clearing: at 100k tickets, random access to scattered arrays dominated query time.
/// </summary>
internal sealed class QueryScratch
{
    public const int Channels = 6;

    private float[] scores = [];
    private int[] stamps = [];
    private int generation;

    public List<int> Touched { get; } = [];

    public void Begin(int documentCount)
    {
        if (stamps.Length < documentCount)
        {
            var size = Math.Max(documentCount, stamps.Length * 2);
            scores = new float[size * Channels];
            stamps = new int[size];
            generation = 0;
        }

        generation++;
        Touched.Clear();
    }

    public void Add(int channel, int document, float score)
    {
        var offset = document * Channels;
        if (stamps[document] != generation)
        {
            stamps[document] = generation;
            Touched.Add(document);
            scores.AsSpan(offset, Channels).Clear();
        }

        scores[offset + channel] += score;
    }

    public float Get(int channel, int document) => stamps[document] == generation ? scores[(document * Channels) + channel] : 0f;

    /// <summary>All channel scores of a touched document.</summary>
    public ReadOnlySpan<float> Channel(int document) => scores.AsSpan(document * Channels, Channels);
}
