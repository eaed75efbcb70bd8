using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Reporting.Analytics.Owners;

/// <summary>
/// The baseline the issue names, scikit-learn's <c>TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)</c> +
/// <c>LinearSVC(C=1)</c>, rebuilt in .NET because this machine has no Python: the vectoriser is <see cref="JointBagTfIdf"/>
/// on subject + body; then one-versus-all ML.NET SDCA with the hinge loss and L2 = 1/(C·n),
/// the same objective as LinearSVC with <c>loss="hinge"</c> (LinearSVC's default is the squared hinge, which ML.NET
/// lacks). Ranked by the raw margins (no probabilities), so it has no confidence to abstain or calibrate with.
/// With <c>stopWords</c> (<see cref="EnglishStopWords.ScikitLearn"/>) it is <c>stop_words='english'</c>: tokens in
/// the list are dropped before the 1–2-grams are formed, as scikit-learn does, so a bigram can join the words on
/// either side of a dropped one. Used by the owner baseline (<c>reporting owners baseline</c>) and the priority one.
/// </summary>
public sealed class LinearSvmBaseline
{
    private readonly JointBagTfIdf _bag;
    private readonly IReadOnlyList<string> _labels;
    private readonly MLContext _ml;
    private readonly ITransformer _model;

    private LinearSvmBaseline(JointBagTfIdf bag, IReadOnlyList<string> labels, MLContext ml, ITransformer model)
    {
        _bag = bag;
        _labels = labels;
        _ml = ml;
        _model = model;
    }

    public int FeatureCount => _bag.FeatureCount;

    /// <param name="stopWords">Lower-case tokens to drop before forming n-grams; null keeps every token (scikit-learn's default).</param>
    public static LinearSvmBaseline Train(
        IReadOnlyList<OwnerTrainingExample> examples, double c = 1.0, IReadOnlySet<string>? stopWords = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Select(e => e.Owner).Distinct(StringComparer.Ordinal).Count() < 2)
            throw new ArgumentException("The baseline needs examples of at least two labels.", nameof(examples));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(c);

        var (bag, vectors) = JointBagTfIdf.Fit(examples.Select(Text).ToList(), stopWords);
        cancellationToken.ThrowIfCancellationRequested();
        var labels = examples.Select(e => e.Owner).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => (uint)p.i, StringComparer.Ordinal);
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(
            vectors.Select((v, i) => new MarginRow { Features = v, Label = labelIndex[examples[i].Owner] }),
            MarginRow.SchemaFor(bag.FeatureCount, labels.Count));
        var model = OneVersusAllHinge(ml, c, examples.Count).Fit(data);
        return new LinearSvmBaseline(bag, labels, ml, model);
    }

    /// <summary>
    /// LinearSVC's objective in ML.NET: one binary SDCA per label with the hinge loss and L2 = 1/(C·n), one thread
    /// (deterministic), raw margins out.
    /// </summary>
    private static IEstimator<ITransformer> OneVersusAllHinge(MLContext ml, double c, int exampleCount) =>
        ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
            {
                LossFunction = new HingeLoss(),
                L2Regularization = (float)(1.0 / (c * exampleCount)),
                L1Regularization = 0f,
                NumberOfThreads = 1,
            }),
            useProbabilities: false);

    /// <summary>Labels of each ticket, best margin first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rank(IReadOnlyList<OwnerTrainingExample> examples) =>
        Margins(examples).Select(values => (IReadOnlyList<string>)OwnerClassifier.TopIndices(values, values.Length).Select(i => _labels[i]).ToList()).ToList();

    /// <summary>Each ticket's one-versus-all margin per label.</summary>
    private List<double[]> Margins(IReadOnlyList<OwnerTrainingExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var rows = examples.Select(e => new MarginRow { Features = _bag.Vector(Text(e)) }).ToList();
        var scored = _model.Transform(_ml.Data.LoadFromEnumerable(rows, MarginRow.SchemaFor(_bag.FeatureCount, _labels.Count)));
        return scored.GetColumn<VBuffer<float>>("Score").Select(score => score.DenseValues().Select(v => (double)v).ToArray()).ToList();
    }

    /// <summary>A joint-bag vector and its label's 0-based index.</summary>
    private sealed class MarginRow
    {
        public VBuffer<float> Features { get; set; }
        public uint Label { get; set; }

        public static SchemaDefinition SchemaFor(int featureCount, int labelCount)
        {
            var definition = SchemaDefinition.Create(typeof(MarginRow));
            definition[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
            definition[nameof(Label)].ColumnType = new KeyDataViewType(typeof(uint), labelCount);
            return definition;
        }
    }

    private static string Text(OwnerTrainingExample e) => e.Subject + "\n" + e.Body;
}
