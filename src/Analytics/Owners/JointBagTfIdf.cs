using System.Text.RegularExpressions;
using Microsoft.ML.Data;

namespace Reporting.Analytics.Owners;

/// <summary>
/// scikit-learn's <c>TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)</c> on one bag of a ticket's words: tokens of two
/// or more word characters, lower case, stop words (if any) dropped before the 1–2-grams form, every n-gram kept
/// (min_df 1), tf = 1 + ln(count), smooth idf ln((1+n)/(1+df)) + 1, L2-normalised. Shared by the linear SVM baseline and
/// the SVM the router blends in (<see cref="JointBagSvm"/>).
/// </summary>
internal sealed partial class JointBagTfIdf
{
    private readonly Dictionary<string, int> _vocabulary;
    private readonly float[] _idf;
    private readonly IReadOnlySet<string>? _stopWords;

    private JointBagTfIdf(Dictionary<string, int> vocabulary, float[] idf, IReadOnlySet<string>? stopWords)
    {
        _vocabulary = vocabulary;
        _idf = idf;
        _stopWords = stopWords;
    }

    public int FeatureCount => _idf.Length;
    public IReadOnlyDictionary<string, int> Vocabulary => _vocabulary;
    public IReadOnlyList<float> Idf => _idf;

    /// <summary>Learns the vocabulary and idf of the texts and returns their vectors too (each text is tokenised once).</summary>
    public static (JointBagTfIdf Bag, List<VBuffer<float>> Vectors) Fit(IReadOnlyList<string> texts, IReadOnlySet<string>? stopWords)
    {
        var grams = texts.Select(t => Grams(t, stopWords)).ToList();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentFrequency = new List<int>();
        foreach (var document in grams)
        {
            foreach (var gram in document.Keys)
            {
                if (!vocabulary.TryGetValue(gram, out var index))
                {
                    index = vocabulary.Count;
                    vocabulary.Add(gram, index);
                    documentFrequency.Add(0);
                }
                documentFrequency[index]++;
            }
        }
        var n = texts.Count;
        var idf = documentFrequency.Select(df => (float)(Math.Log((1.0 + n) / (1.0 + df)) + 1.0)).ToArray();
        var bag = new JointBagTfIdf(vocabulary, idf, stopWords);
        return (bag, grams.Select(bag.Vector).ToList());
    }

    /// <summary>A bag read back from a saved model.</summary>
    public static JointBagTfIdf From(Dictionary<string, int> vocabulary, float[] idf, IReadOnlySet<string>? stopWords) =>
        vocabulary.Count == idf.Length && vocabulary.Values.All(i => i >= 0 && i < idf.Length)
            ? new JointBagTfIdf(vocabulary, idf, stopWords)
            : throw new InvalidDataException("The joint bag's vocabulary and idf do not match.");

    public VBuffer<float> Vector(string text) => Vector(Grams(text, _stopWords));

    private VBuffer<float> Vector(Dictionary<string, int> grams)
    {
        var entries = new List<(int Index, float Value)>(grams.Count);
        foreach (var (gram, count) in grams)
        {
            if (_vocabulary.TryGetValue(gram, out var index))
                entries.Add((index, (float)(1 + Math.Log(count)) * _idf[index]));
        }
        entries.Sort((a, b) => a.Index.CompareTo(b.Index));
        var norm = (float)Math.Sqrt(entries.Sum(e => (double)e.Value * e.Value));
        var values = entries.Select(e => norm > 0 ? e.Value / norm : 0f).ToArray();
        return new VBuffer<float>(_idf.Length, values.Length, values, entries.Select(e => e.Index).ToArray());
    }

    /// <summary>
    /// scikit-learn's default analyser: lower case, tokens of two or more word characters, stop words (if any)
    /// dropped, then 1–2-grams of the tokens left.
    /// </summary>
    internal static Dictionary<string, int> Grams(string text, IReadOnlySet<string>? stopWords = null)
    {
        var tokens = TokenRegex().Matches(text.ToLowerInvariant()).Select(m => m.Value)
            .Where(t => stopWords is null || !stopWords.Contains(t)).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            Add(counts, tokens[i]);
            if (i + 1 < tokens.Count)
                Add(counts, tokens[i] + " " + tokens[i + 1]);
        }
        return counts;

        static void Add(Dictionary<string, int> counts, string gram) => counts[gram] = counts.GetValueOrDefault(gram) + 1;
    }

    [GeneratedRegex(@"\b\w\w+\b")]
    private static partial Regex TokenRegex();
}
