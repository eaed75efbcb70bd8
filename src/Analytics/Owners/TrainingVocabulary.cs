using Reporting.Analytics.Text;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Content words seen in training tickets with their document frequency. Only words seen in at
/// least <see cref="MinDocumentFrequency"/> tickets are kept: a word seen once is as good as unknown.
/// </summary>
public sealed class TrainingVocabulary
{
    private readonly Dictionary<string, int> _documentFrequency;

    public TrainingVocabulary(IReadOnlyDictionary<string, int> documentFrequency, int documentCount, int minDocumentFrequency)
    {
        ArgumentNullException.ThrowIfNull(documentFrequency);
        MinDocumentFrequency = Math.Max(1, minDocumentFrequency);
        DocumentCount = documentCount;
        _documentFrequency = documentFrequency
            .Where(p => p.Value >= MinDocumentFrequency)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    public int MinDocumentFrequency { get; }
    public int DocumentCount { get; }
    public int Count => _documentFrequency.Count;
    public IReadOnlyDictionary<string, int> DocumentFrequencies => _documentFrequency;

    public static TrainingVocabulary Build(IEnumerable<IEnumerable<string>> documents, int minDocumentFrequency)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var document in documents)
        {
            count++;
            foreach (var token in document.Where(IsContentToken).Distinct(StringComparer.Ordinal))
                frequency[token] = frequency.GetValueOrDefault(token) + 1;
        }
        return new TrainingVocabulary(frequency, count, minDocumentFrequency);
    }

    public bool Contains(string token) => _documentFrequency.ContainsKey(token);

    /// <summary>Share of the distinct content words of a ticket that training never saw (enough).</summary>
    public (double UnknownShare, int ContentTokenCount) UnknownShare(IEnumerable<string> tokens)
    {
        var distinct = tokens.Where(IsContentToken).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
            return (1.0, 0);
        return (distinct.Count(t => !_documentFrequency.ContainsKey(t)) / (double)distinct.Count, distinct.Count);
    }

    /// <summary>Stop words say nothing about the domain, so they neither help nor hurt.</summary>
    internal static bool IsContentToken(string token) => !StopWords.ForOwnerRouting.Contains(token);
}
