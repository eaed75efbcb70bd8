using Microsoft.ML.Data;

namespace Reporting.Analytics.Owners;

/// <summary>
/// A linear SVM on one joint bag of a ticket's words (<see cref="JointBagTfIdf"/>, one-versus-all hinge loss, C = 1: the
/// baseline's model, on the router's normalised text),
/// which the router blends with its maximum-entropy model when that wins on the validation slice. Its errors differ
/// from the maxent's (one bag instead of subject and body apart, every n-gram kept, margins instead of a softmax), so
/// the blend beat both on the sample company's text-only tickets (top-1 0.587 against 0.565 and 0.578). Scores from
/// plain weight arrays: thread-safe, no engine. Weights are kept dense (owners × n-grams floats; the sample's 26 ×
/// 50,000 are 5 MB) and saved sparse.
/// </summary>
internal sealed class JointBagSvm
{
    /// <summary>Margins are turned into a distribution by softmax(scale · margin); calibration follows the blend.</summary>
    public const double SoftmaxScale = 6;

    /// <summary>Words only; the second header means character n-grams join too (written only then, so older builds read the rest).</summary>
    private const string Magic = "reporting-joint-bag-svm-1";
    private const string CharacterMagic = "reporting-joint-bag-svm-2";
    private readonly JointBagTfIdf _bag;
    private readonly float[][] _weights;
    private readonly float[] _bias;

    /// <summary>Each slot's n-gram, built when an explanation first needs it.</summary>
    private readonly Lazy<string[]> _terms;

    private JointBagSvm(JointBagTfIdf bag, float[][] weights, float[] bias)
    {
        _bag = bag;
        _weights = weights;
        _bias = bias;
        _terms = new Lazy<string[]>(() =>
        {
            var terms = new string[bag.FeatureCount];
            foreach (var (gram, index) in bag.Vocabulary)
                terms[index] = gram;
            return terms;
        });
    }

    public int LabelCount => _bias.Length;

    /// <summary>Whether the bag holds character 3–5-grams beside the word n-grams.</summary>
    public bool CharacterGrams => _bag.CharacterGrams;

    /// <param name="labels">Each text's label, 0 to <paramref name="labelCount"/> − 1.</param>
    /// <param name="threads">Owners fitted at once; null = one per processor.</param>
    public static JointBagSvm Train(
        IReadOnlyList<string> texts, IReadOnlyList<int> labels, int labelCount, bool characterGrams, int? threads, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(labelCount, 2);
        if (texts.Count != labels.Count)
            throw new ArgumentException("One label per text.", nameof(labels));
        if (labels.Any(l => l < 0 || l >= labelCount))
            throw new ArgumentOutOfRangeException(nameof(labels), $"Labels must be within 0 to {labelCount - 1}.");
        var (bag, vectors) = JointBagTfIdf.Fit(texts, stopWords: null, characterGrams);
        cancellationToken.ThrowIfCancellationRequested();
        var indices = vectors.Select(v => v.GetIndices().ToArray()).ToArray();
        var values = vectors.Select(v => v.GetValues().ToArray()).ToArray();
        var weights = new float[labelCount][];
        var bias = new float[labelCount];
        // One binary SVM per label, several at a time; each is deterministic (its own seeded order), so the whole is too.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, labelCount, parallel, label =>
        {
            var positive = labels.Select(l => l == label).ToArray();
            (weights[label], bias[label]) = FitBinary(indices, values, positive, bag.FeatureCount, seed: label);
        });
        return new JointBagSvm(bag, weights, bias);
    }

    /// <summary>The SVM's C: scikit-learn's LinearSVC default, as the baseline.</summary>
    private const double C = 1.0;

    /// <summary>Passes over the tickets at most (liblinear's stopping rule may end it earlier): 8 scored as 20 did on the sample company's and the Jira data's tickets, in two thirds of the time.</summary>
    private const int MaximumPasses = 8;

    /// <summary>liblinear's tolerance on the spread of the projected gradient.</summary>
    private const double Tolerance = 0.1;

    /// <summary>
    /// The hinge-loss SVM's dual, solved by coordinate descent (Hsieh et al. 2008, liblinear's solver for LinearSVC with
    /// <c>loss="hinge"</c>), the intercept as a feature of value 1 as LinearSVC does. Hand-written because ML.NET's
    /// per-owner SDCA, the same objective, took 6.6 s for the sample company's 16,178 tickets and 26 owners (20 s for
    /// the Jira data's 10,181 and 140 owners): its per-owner data views cost far more than the arithmetic.
    /// </summary>
    internal static (float[] Weights, float Bias) FitBinary(int[][] indices, float[][] values, bool[] positive, int featureCount, int seed)
    {
        var n = positive.Length;
        var w = new double[featureCount];
        var b = 0.0;
        var alpha = new double[n];
        var diagonal = new double[n];
        for (var i = 0; i < n; i++)
        {
            var squared = 1.0; // the intercept's feature
            foreach (var v in values[i])
                squared += (double)v * v;
            diagonal[i] = squared;
        }
        var order = Enumerable.Range(0, n).ToArray();
        var random = new Random(seed);
        for (var pass = 0; pass < MaximumPasses; pass++)
        {
            random.Shuffle(order);
            var (largest, smallest) = (double.NegativeInfinity, double.PositiveInfinity);
            foreach (var i in order)
            {
                var y = positive[i] ? 1.0 : -1.0;
                var margin = b;
                var (index, value) = (indices[i], values[i]);
                for (var j = 0; j < index.Length; j++)
                    margin += w[index[j]] * value[j];
                var gradient = y * margin - 1;
                var projected = alpha[i] <= 0 ? Math.Min(gradient, 0) : alpha[i] >= C ? Math.Max(gradient, 0) : gradient;
                largest = Math.Max(largest, projected);
                smallest = Math.Min(smallest, projected);
                if (projected == 0)
                    continue;
                var previous = alpha[i];
                alpha[i] = Math.Clamp(previous - gradient / diagonal[i], 0, C);
                var step = (alpha[i] - previous) * y;
                for (var j = 0; j < index.Length; j++)
                    w[index[j]] += step * value[j];
                b += step;
            }
            if (largest - smallest <= Tolerance)
                break;
        }
        return ([.. w.Select(x => (float)x)], (float)b);
    }

    /// <summary>softmax(<see cref="SoftmaxScale"/> · margin) per label.</summary>
    public double[] Probabilities(string text)
    {
        var vector = _bag.Vector(text);
        var indices = vector.GetIndices();
        var values = vector.GetValues();
        var margins = new double[_bias.Length];
        for (var label = 0; label < margins.Length; label++)
        {
            var weights = _weights[label];
            var sum = (double)_bias[label];
            for (var j = 0; j < indices.Length; j++)
                sum += weights[indices[j]] * values[j];
            margins[label] = sum;
        }
        var max = margins.Max();
        var total = 0.0;
        for (var i = 0; i < margins.Length; i++)
            total += margins[i] = Math.Exp((margins[i] - max) * SoftmaxScale);
        for (var i = 0; i < margins.Length; i++)
            margins[i] /= total;
        return margins;
    }

    /// <summary>
    /// The word n-grams that pushed <paramref name="text"/> towards <paramref name="label"/>, strongest first: weight ×
    /// tf-idf, positive ones only. Character n-grams are left out: a fragment such as "vpn_" is no reason to a person.
    /// </summary>
    public IEnumerable<ExplanationTerm> Contributions(string text, int label)
    {
        if (label < 0 || label >= _bias.Length)
            return [];
        var terms = _terms.Value;
        var vector = _bag.Vector(text);
        var indices = vector.GetIndices().ToArray();
        var values = vector.GetValues().ToArray();
        var weights = _weights[label];
        return indices.Select((slot, i) => (Slot: slot, Value: (double)weights[slot] * values[i]))
            .Where(c => Math.Round(c.Value, 4) > 0 && !JointBagTfIdf.IsCharacterGram(terms[c.Slot]))
            .OrderByDescending(c => c.Value)
            .Select(c => new ExplanationTerm(terms[c.Slot], ExplanationSource, Math.Round(c.Value, 4)));
    }

    /// <summary>Where <see cref="Contributions"/>' terms come from: the subject and body read as one bag.</summary>
    public const string ExplanationSource = "text";

    /// <summary>Vocabulary, idf, then each owner's intercept and its non-zero weights (index, value).</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(_bag.CharacterGrams ? CharacterMagic : Magic);
        writer.Write(_bag.FeatureCount);
        writer.Write(_bias.Length);
        foreach (var (gram, index) in _bag.Vocabulary)
        {
            writer.Write(gram);
            writer.Write(index);
        }
        foreach (var idf in _bag.Idf)
            writer.Write(idf);
        for (var label = 0; label < _bias.Length; label++)
        {
            writer.Write(_bias[label]);
            var weights = _weights[label];
            writer.Write(weights.Count(w => w != 0));
            for (var i = 0; i < weights.Length; i++)
            {
                if (weights[i] == 0)
                    continue;
                writer.Write(i);
                writer.Write(weights[i]);
            }
        }
    }

    /// <param name="length">The stored size in bytes: counts in the header that could not fit in it are refused before anything is allocated.</param>
    public static JointBagSvm Read(Stream stream, long length)
    {
        try
        {
            using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            var characterGrams = reader.ReadString() switch
            {
                Magic => false,
                CharacterMagic => true,
                _ => throw new InvalidDataException("Not a joint-bag SVM."),
            };
            var featureCount = reader.ReadInt32();
            var labelCount = reader.ReadInt32();
            // Each feature takes at least 9 bytes (a gram, its index, its idf), each label 8.
            if (featureCount < 0 || labelCount < 2 || featureCount * 9L + labelCount * 8L > length)
                throw new InvalidDataException($"A joint-bag SVM of {featureCount} features and {labelCount} labels cannot be stored in {length} bytes.");
            var vocabulary = new Dictionary<string, int>(featureCount, StringComparer.Ordinal);
            for (var i = 0; i < featureCount; i++)
            {
                var gram = reader.ReadString();
                var index = reader.ReadInt32();
                if (index < 0 || index >= featureCount || !vocabulary.TryAdd(gram, index))
                    throw new InvalidDataException($"The joint-bag SVM's n-gram {i} is out of range or repeated.");
            }
            var idf = new float[featureCount];
            for (var i = 0; i < featureCount; i++)
                idf[i] = reader.ReadSingle();
            var weights = new float[labelCount][];
            var bias = new float[labelCount];
            for (var label = 0; label < labelCount; label++)
            {
                bias[label] = reader.ReadSingle();
                weights[label] = new float[featureCount];
                var nonZero = reader.ReadInt32();
                if (nonZero < 0 || nonZero > featureCount)
                    throw new InvalidDataException($"The joint-bag SVM's owner {label} has {nonZero} weights for {featureCount} features.");
                for (var j = 0; j < nonZero; j++)
                {
                    var index = reader.ReadInt32();
                    if (index < 0 || index >= featureCount)
                        throw new InvalidDataException($"The joint-bag SVM's owner {label} has a weight for feature {index} of {featureCount}.");
                    weights[label][index] = reader.ReadSingle();
                }
            }
            return new JointBagSvm(JointBagTfIdf.From(vocabulary, idf, stopWords: null, characterGrams), weights, bias);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The joint-bag SVM ends early: the model file is cut short.", e);
        }
    }
}
