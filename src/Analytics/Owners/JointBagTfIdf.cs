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

    private JointBagTfIdf(Dictionary<string, int> vocabulary, float[] idf, IReadOnlySet<string>? stopWords, bool characterGrams)
    {
        _vocabulary = vocabulary;
        _idf = idf;
        _stopWords = stopWords;
        CharacterGrams = characterGrams;
    }

    /// <summary>Whether character 3–5-grams within words (scikit-learn's <c>char_wb</c>) join the word n-grams, as a second block.</summary>
    public bool CharacterGrams { get; }

    /// <summary>Marks a character n-gram's key apart from the word n-grams' in the one vocabulary.</summary>
    private const char CharacterMark = '\u0001';

    /// <summary>Whether a vocabulary key is a character n-gram (a fragment of a word) rather than a word n-gram.</summary>
    internal static bool IsCharacterGram(string gram) => gram.Length > 0 && gram[0] == CharacterMark;

    public int FeatureCount => _idf.Length;
    public IReadOnlyDictionary<string, int> Vocabulary => _vocabulary;
    public IReadOnlyList<float> Idf => _idf;

    /// <summary>Learns the vocabulary and idf of the texts and returns their vectors too (each text is tokenised once).</summary>
    public static (JointBagTfIdf Bag, List<VBuffer<float>> Vectors) Fit(IReadOnlyList<string> texts, IReadOnlySet<string>? stopWords, bool characterGrams = false)
    {
        var grams = texts.Select(t => AllGrams(t, stopWords, characterGrams)).ToList();
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
        var bag = new JointBagTfIdf(vocabulary, idf, stopWords, characterGrams);
        return (bag, grams.Select(bag.Vector).ToList());
    }

    /// <summary>A bag read back from a saved model.</summary>
    public static JointBagTfIdf From(Dictionary<string, int> vocabulary, float[] idf, IReadOnlySet<string>? stopWords, bool characterGrams = false) =>
        vocabulary.Count == idf.Length && vocabulary.Values.All(i => i >= 0 && i < idf.Length)
            ? new JointBagTfIdf(vocabulary, idf, stopWords, characterGrams)
            : throw new InvalidDataException("The joint bag's vocabulary and idf do not match.");

    public VBuffer<float> Vector(string text) => Vector(AllGrams(text, _stopWords, CharacterGrams));

    /// <summary>Each block (word n-grams, character n-grams) L2-normalised on its own, then the two scaled to a unit whole, as scikit-learn's <c>FeatureUnion</c> of two vectorisers followed by a normaliser.</summary>
    private VBuffer<float> Vector(Dictionary<string, int> grams)
    {
        var words = new List<(int Index, float Value)>(grams.Count);
        var characters = new List<(int Index, float Value)>();
        foreach (var (gram, count) in grams)
        {
            if (_vocabulary.TryGetValue(gram, out var index))
                (IsCharacterGram(gram) ? characters : words).Add((index, (float)(1 + Math.Log(count)) * _idf[index]));
        }
        var blocks = (words.Count > 0 ? 1 : 0) + (characters.Count > 0 ? 1 : 0);
        var entries = Normalised(words, blocks).Concat(Normalised(characters, blocks)).ToList();
        entries.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new VBuffer<float>(_idf.Length, entries.Count, entries.Select(e => e.Value).ToArray(), entries.Select(e => e.Index).ToArray());

        // In index order and in single precision, as before characters existed: a words-only vector stays bit for bit the
        // same (the baseline's figures must not move).
        static IEnumerable<(int Index, float Value)> Normalised(List<(int Index, float Value)> block, int blocks)
        {
            block.Sort((a, b) => a.Index.CompareTo(b.Index));
            var norm = (float)Math.Sqrt(block.Sum(e => (double)e.Value * e.Value) * blocks);
            return block.Select(e => (e.Index, norm > 0 ? e.Value / norm : 0f));
        }
    }

    private static Dictionary<string, int> AllGrams(string text, IReadOnlySet<string>? stopWords, bool characterGrams)
    {
        var grams = Grams(text, stopWords);
        if (characterGrams)
            AddCharacterGrams(grams, text);
        return grams;
    }

    /// <summary>
    /// scikit-learn's <c>char_wb</c> analyser for 3–5-grams: lower case, each whitespace-separated word padded with a
    /// space each side, its n-grams (a word shorter than n once, whole).
    /// </summary>
    internal static void AddCharacterGrams(Dictionary<string, int> counts, string text)
    {
        foreach (var word in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var padded = " " + word + " ";
            for (var n = 3; n <= 5; n++)
            {
                for (var offset = 0; ; offset++)
                {
                    var gram = CharacterMark + padded.Substring(offset, Math.Min(n, padded.Length - offset));
                    counts[gram] = counts.GetValueOrDefault(gram) + 1;
                    if (offset + n >= padded.Length)
                        break;
                }
                if (padded.Length <= n)
                    break;
            }
        }
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
