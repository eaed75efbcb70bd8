using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Fits owner pipelines on prepared tickets. Candidates that differ only in their trainer or example weights share
/// one featurisation: the text is turned into vectors once and each candidate costs one trainer run, which is what
/// keeps a per-data-set choice within the training budget.
/// </summary>
internal static class OwnerStageFitter
{
    public sealed record Trial(OwnerPipelineSpec Spec, OwnerFittedStage Stage, double Seconds, double CpuSeconds);

    public static OwnerFittedStage Fit(
        MLContext ml, OwnerPipelineSpec spec, IReadOnlyList<OwnerTrainingExample> examples, IReadOnlyList<PreparedTicket> prepared,
        OwnerClassifierOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (owners, ownerIndex) = OwnersOf(examples);
        var weights = ExampleWeighting.Compute(examples, spec);
        // The row's uint is the 0-based owner index: ML.NET shifts it into its 1-based key range itself.
        var rows = prepared.Select((p, i) => p.ToRow((uint)ownerIndex[examples[i].Owner], weights[i])).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, OwnerModelRow.SchemaFor(owners.Count));
        var model = OwnerPipelineBuilder.Build(ml, spec, useWeights: !ExampleWeighting.IsUniform(spec), options.TrainerThreads).Fit(data);
        cancellationToken.ThrowIfCancellationRequested();
        var svm = spec.MarginBlendWeight > 0 ? FitSvm(examples, prepared, ownerIndex, spec, options, cancellationToken) : null;
        return Stage(ml, model, data.Schema, spec, owners, ownerIndex, examples, prepared, options.VocabularyMinDocumentFrequency, svm);
    }

    /// <summary>The fitted stage with a <see cref="JointBagSvm"/> fitted on the same tickets blended in (<paramref name="blended"/>'s weight).</summary>
    public static OwnerFittedStage Blend(
        MLContext ml, OwnerFittedStage stage, OwnerPipelineSpec blended, IReadOnlyList<OwnerTrainingExample> examples,
        IReadOnlyList<PreparedTicket> prepared, OwnerClassifierOptions options, CancellationToken cancellationToken)
    {
        var (_, ownerIndex) = OwnersOf(examples);
        return WithSvm(ml, stage, blended, FitSvm(examples, prepared, ownerIndex, blended, options, cancellationToken));
    }

    /// <summary>The fitted stage scored as <paramref name="spec"/> says with <paramref name="svm"/> (its blend weight, 1 for the SVM alone): no refit.</summary>
    public static OwnerFittedStage WithSvm(MLContext ml, OwnerFittedStage stage, OwnerPipelineSpec spec, JointBagSvm svm)
    {
        var scorer = stage.Scorer;
        return stage with { Scorer = new OwnerModelScorer(ml, scorer.Model, scorer.InputSchema, spec, scorer.Owners, svm) };
    }

    private static JointBagSvm FitSvm(
        IReadOnlyList<OwnerTrainingExample> examples, IReadOnlyList<PreparedTicket> prepared, Dictionary<string, int> ownerIndex,
        OwnerPipelineSpec spec, OwnerClassifierOptions options, CancellationToken cancellationToken) =>
        JointBagSvm.Train(
            [.. prepared.Select(p => p.JointText)], [.. examples.Select(e => ownerIndex[e.Owner])], ownerIndex.Count,
            spec.MarginBlendCharacterGrams, options.TrainerThreads, cancellationToken);

    /// <summary>Fits every candidate, in order, featurising once per group of candidates with the same featurisation.</summary>
    public static IEnumerable<Trial> FitSharingFeatures(
        MLContext ml, IReadOnlyList<OwnerPipelineSpec> candidates, IReadOnlyList<OwnerTrainingExample> examples,
        IReadOnlyList<PreparedTicket> prepared, OwnerClassifierOptions options, CancellationToken cancellationToken)
    {
        if (candidates.Count == 1)
        {
            var (seconds, cpu) = (Stopwatch.StartNew(), CpuNow());
            var stage = Fit(ml, candidates[0], examples, prepared, options, cancellationToken);
            yield return new Trial(candidates[0], stage, seconds.Elapsed.TotalSeconds, (CpuNow() - cpu).TotalSeconds);
            yield break;
        }

        var (owners, ownerIndex) = OwnersOf(examples);
        var svms = new Dictionary<bool, JointBagSvm>(); // the same for every blended candidate of its kind: fitted once, when the first needs it
        foreach (var group in candidates.GroupBy(FeaturizationOf))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (featureSeconds, featureCpu) = (Stopwatch.StartNew(), CpuNow());
            var rows = prepared.Select((p, i) => p.ToRow((uint)ownerIndex[examples[i].Owner])).ToList();
            var data = ml.Data.LoadFromEnumerable(rows, OwnerModelRow.SchemaFor(owners.Count));
            var featurizer = OwnerPipelineBuilder.Featurizer(ml, group.First()).Fit(data);
            var (features, featureType) = Vectors(featurizer.Transform(data));
            // The featurisation's cost is shared: each candidate of the group is charged its part.
            var sharedSeconds = featureSeconds.Elapsed.TotalSeconds / group.Count();
            var sharedCpu = (CpuNow() - featureCpu).TotalSeconds / group.Count();

            foreach (var spec in group)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (seconds, cpu) = (Stopwatch.StartNew(), CpuNow());
                var weights = ExampleWeighting.Compute(examples, spec);
                var vectors = features.Select((f, i) => new FeatureRow
                {
                    Features = f, Label = (uint)ownerIndex[examples[i].Owner], Weight = weights[i],
                }).ToList();
                var vectorData = ml.Data.LoadFromEnumerable(vectors, FeatureRow.SchemaFor(featureType, owners.Count));
                var trainer = OwnerPipelineBuilder.Trainer(
                    ml, spec, ExampleWeighting.IsUniform(spec) ? null : OwnerPipelineBuilder.WeightColumn, options.TrainerThreads).Fit(vectorData);
                var model = featurizer.Append(trainer);
                JointBagSvm? svm = null;
                if (spec.MarginBlendWeight > 0 && !svms.TryGetValue(spec.MarginBlendCharacterGrams, out svm))
                    svms[spec.MarginBlendCharacterGrams] = svm = FitSvm(examples, prepared, ownerIndex, spec, options, cancellationToken);
                var stage = Stage(
                    ml, model, data.Schema, spec, owners, ownerIndex, examples, prepared, options.VocabularyMinDocumentFrequency, svm);
                yield return new Trial(
                    spec, stage, sharedSeconds + seconds.Elapsed.TotalSeconds, sharedCpu + (CpuNow() - cpu).TotalSeconds);
            }
        }
    }

    /// <summary>What a pipeline's featurisation depends on: everything but its trainer, regularisation and weights.</summary>
    internal static OwnerPipelineSpec FeaturizationOf(OwnerPipelineSpec spec) => spec with
    {
        Name = "",
        Trainer = OwnerTrainerKind.SdcaMaximumEntropy,
        L2Regularization = null,
        L1Regularization = null,
        MaximumIterations = null,
        ClassBalancePower = 0,
        RecencyHalfLifeDays = null,
        MarginBlendWeight = 0,
        MarginBlendCharacterGrams = false,
    };

    private static OwnerFittedStage Stage(
        MLContext ml, ITransformer model, DataViewSchema inputSchema, OwnerPipelineSpec spec, List<string> owners,
        Dictionary<string, int> ownerIndex, IReadOnlyList<OwnerTrainingExample> examples, IReadOnlyList<PreparedTicket> prepared, int vocabularyMinDocumentFrequency,
        JointBagSvm? svm = null)
    {
        var scorer = new OwnerModelScorer(ml, model, inputSchema, spec, owners, svm);
        var prior = ProductOwnerPrior.FromExamples(examples.Select(e => (e.Product, ownerIndex[e.Owner])), 1.0);
        var vocabulary = TrainingVocabulary.Build(prepared.Select(p => p.AllTokens), vocabularyMinDocumentFrequency);
        return new OwnerFittedStage(scorer, prior, vocabulary);
    }

    private static (List<string> Owners, Dictionary<string, int> Index) OwnersOf(IReadOnlyList<OwnerTrainingExample> examples)
    {
        var owners = examples.Select(e => e.Owner).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (owners, owners.Select((owner, i) => (owner, i)).ToDictionary(p => p.owner, p => p.i, StringComparer.Ordinal));
    }

    private static (List<VBuffer<float>> Vectors, DataViewType Type) Vectors(IDataView featurized)
    {
        var column = featurized.Schema[OwnerPipelineBuilder.FeaturesColumn];
        var vectors = new List<VBuffer<float>>();
        using var cursor = featurized.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var value = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref value);
            var copy = default(VBuffer<float>);
            value.CopyTo(ref copy);
            vectors.Add(copy);
        }
        return (vectors, column.Type);
    }

    private static TimeSpan CpuNow() => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>A featurised ticket: the vector, the owner's index and the candidate's example weight.</summary>
    private sealed class FeatureRow
    {
        public VBuffer<float> Features { get; set; }
        public uint Label { get; set; }
        public float Weight { get; set; } = 1f;

        public static SchemaDefinition SchemaFor(DataViewType featureType, int ownerCount)
        {
            var definition = SchemaDefinition.Create(typeof(FeatureRow));
            definition[nameof(Features)].ColumnType = featureType;
            definition[nameof(Label)].ColumnType = new KeyDataViewType(typeof(uint), ownerCount);
            return definition;
        }
    }
}
