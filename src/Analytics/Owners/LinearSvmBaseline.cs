using System.Text.RegularExpressions;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Reporting.Analytics.Owners;

/// <summary>
/// The baseline the issue names, scikit-learn's <c>TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)</c> +
/// <c>LinearSVC(C=1)</c>, rebuilt in .NET because this machine has no Python: scikit-learn's default tokens
/// (lower case, <c>\b\w\w+\b</c>), word 1–2-grams of subject + body, min_df 1, tf = 1 + ln(count), smooth idf
/// ln((1+n)/(1+df)) + 1, L2-normalised; then one-versus-all ML.NET SDCA with the hinge loss and L2 = 1/(C·n),
/// the same objective as LinearSVC with <c>loss="hinge"</c> (LinearSVC's default is the squared hinge, which ML.NET
/// lacks). Ranked by the raw margins (no probabilities), so it has no confidence to abstain or calibrate with.
/// With <c>stopWords</c> (<see cref="EnglishStopWords.ScikitLearn"/>) it is <c>stop_words='english'</c>: tokens in
/// the list are dropped before the 1–2-grams are formed, as scikit-learn does, so a bigram can join the words on
/// either side of a dropped one. Used by the owner baseline (<c>reporting owners baseline</c>) and the priority one.
/// </summary>
public sealed partial class LinearSvmBaseline
{
    private readonly Dictionary<string, int> _vocabulary;
    private readonly float[] _idf;
    private readonly IReadOnlyList<string> _labels;
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;
    private readonly IReadOnlySet<string>? _stopWords;

    private LinearSvmBaseline(Dictionary<string, int> vocabulary, float[] idf, IReadOnlyList<string> labels, MLContext ml, ITransformer model, DataViewSchema schema,
        IReadOnlySet<string>? stopWords)
    {
        _stopWords = stopWords;
        _vocabulary = vocabulary;
        _idf = idf;
        _labels = labels;
        _ml = ml;
        _model = model;
        _schema = schema;
    }

    public int FeatureCount => _idf.Length;

    /// <param name="stopWords">Lower-case tokens to drop before forming n-grams; null keeps every token (scikit-learn's default).</param>
    public static LinearSvmBaseline Train(
        IReadOnlyList<OwnerTrainingExample> examples, double c = 1.0, IReadOnlySet<string>? stopWords = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Select(e => e.Owner).Distinct(StringComparer.Ordinal).Count() < 2)
            throw new ArgumentException("The baseline needs examples of at least two labels.", nameof(examples));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(c);

        var grams = examples.Select(e => Grams(Text(e), stopWords)).ToList();
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
        var n = examples.Count;
        var idf = documentFrequency.Select(df => (float)(Math.Log((1.0 + n) / (1.0 + df)) + 1.0)).ToArray();
        cancellationToken.ThrowIfCancellationRequested();

        var labels = examples.Select(e => e.Owner).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => (uint)p.i, StringComparer.Ordinal);
        var ml = new MLContext(seed: 1);
        var rows = grams.Select((g, i) => new Row { Features = Vector(g, vocabulary, idf), Label = labelIndex[examples[i].Owner] }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, Row.SchemaFor(idf.Length, labels.Count));
        var trainer = ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
            {
                LossFunction = new HingeLoss(),
                L2Regularization = (float)(1.0 / (c * n)),
                L1Regularization = 0f,
                NumberOfThreads = 1, // deterministic
            }),
            useProbabilities: false);
        var model = trainer.Fit(data);
        return new LinearSvmBaseline(vocabulary, idf, labels, ml, model, data.Schema, stopWords);
    }

    /// <summary>Labels of each ticket, best margin first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rank(IReadOnlyList<OwnerTrainingExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var rows = examples.Select(e => new Row { Features = Vector(Grams(Text(e), _stopWords), _vocabulary, _idf) }).ToList();
        var data = _ml.Data.LoadFromEnumerable(rows, Row.SchemaFor(_idf.Length, _labels.Count));
        var scored = _model.Transform(data);
        var result = new List<IReadOnlyList<string>>(examples.Count);
        foreach (var score in scored.GetColumn<VBuffer<float>>("Score"))
        {
            var values = score.DenseValues().Select(v => (double)v).ToArray();
            result.Add(OwnerClassifier.TopIndices(values, values.Length).Select(i => _labels[i]).ToList());
        }
        return result;
    }

    private static string Text(OwnerTrainingExample e) => e.Subject + "\n" + e.Body;

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

    private static VBuffer<float> Vector(Dictionary<string, int> grams, Dictionary<string, int> vocabulary, float[] idf)
    {
        var entries = new List<(int Index, float Value)>(grams.Count);
        foreach (var (gram, count) in grams)
        {
            if (vocabulary.TryGetValue(gram, out var index))
                entries.Add((index, (float)(1 + Math.Log(count)) * idf[index]));
        }
        entries.Sort((a, b) => a.Index.CompareTo(b.Index));
        var norm = (float)Math.Sqrt(entries.Sum(e => (double)e.Value * e.Value));
        var values = entries.Select(e => norm > 0 ? e.Value / norm : 0f).ToArray();
        return new VBuffer<float>(idf.Length, values.Length, values, entries.Select(e => e.Index).ToArray());
    }

    [GeneratedRegex(@"\b\w\w+\b")]
    private static partial Regex TokenRegex();

    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }
        public uint Label { get; set; }

        public static SchemaDefinition SchemaFor(int featureCount, int labelCount)
        {
            var definition = SchemaDefinition.Create(typeof(Row));
            definition[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
            definition[nameof(Label)].ColumnType = new KeyDataViewType(typeof(uint), labelCount);
            return definition;
        }
    }
}
