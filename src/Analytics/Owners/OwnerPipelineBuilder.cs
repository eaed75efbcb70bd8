using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace Reporting.Analytics.Owners;

/// <summary>Builds the ML.NET estimator chain for an <see cref="OwnerPipelineSpec"/>.</summary>
internal static class OwnerPipelineBuilder
{
    public const string SubjectColumn = nameof(OwnerModelRow.Subject);
    public const string BodyColumn = nameof(OwnerModelRow.Body);
    public const string MetaColumn = nameof(OwnerModelRow.Meta);
    public const string LabelColumn = nameof(OwnerModelRow.Label);
    public const string WeightColumn = nameof(OwnerModelRow.Weight);
    public const string FeaturesColumn = "Features";

    public const string SubjectWords = "SubjectWords";
    public const string BodyWords = "BodyWords";
    public const string SubjectCharGrams = "SubjectCharGrams";
    public const string MetaWords = "MetaWords";

    private const int UnlimitedNgrams = 10_000_000;

    /// <summary>Feature columns in the order they are concatenated into <see cref="FeaturesColumn"/>.</summary>
    public static IReadOnlyList<string> FeatureSources(OwnerPipelineSpec spec) =>
        spec.SubjectCharNgramLength > 0
            ? [SubjectWords, BodyWords, SubjectCharGrams, MetaWords]
            : [SubjectWords, BodyWords, MetaWords];

    public static IEstimator<ITransformer> Build(MLContext ml, OwnerPipelineSpec spec, bool useWeights, int? threads) =>
        Featurizer(ml, spec).Append(Trainer(ml, spec, useWeights ? WeightColumn : null, threads));

    /// <summary>Text and fields to one feature vector; candidates that differ only in their trainer or weights share it.</summary>
    public static IEstimator<ITransformer> Featurizer(MLContext ml, OwnerPipelineSpec spec)
    {
        var weighting = spec.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;

        IEstimator<ITransformer> pipeline = WordBag(ml, spec, SubjectWords, SubjectColumn, weighting)
            .Append(WordBag(ml, spec, BodyWords, BodyColumn, weighting));

        if (spec.SubjectCharNgramLength > 0)
        {
            pipeline = pipeline
                .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("SubjectChars", SubjectColumn, useMarkerCharacters: true))
                .Append(ml.Transforms.Text.ProduceNgrams(SubjectCharGrams, "SubjectChars", spec.SubjectCharNgramLength, 0, false, UnlimitedNgrams, weighting))
                .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount(SubjectCharGrams, SubjectCharGrams, spec.CharMinDocumentFrequency))
                .Append(ml.Transforms.NormalizeLpNorm(SubjectCharGrams));
        }

        // Structured fields are a plain one-hot bag: a field:value pair either is there or not.
        pipeline = pipeline
            .Append(ml.Transforms.Text.ProduceWordBags(MetaWords, MetaColumn, 1, 0, false, UnlimitedNgrams, NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.Concatenate(FeaturesColumn, FeatureSources(spec).ToArray()))
            // Trainers pass over the data many times; featurise once.
            .AppendCacheCheckpoint(ml);
        return pipeline;
    }

    private static IEstimator<ITransformer> WordBag(
        MLContext ml, OwnerPipelineSpec spec, string output, string input, NgramExtractingEstimator.WeightingCriteria weighting)
    {
        IEstimator<ITransformer> bag = spec.UseHashing
            // One inverted name per slot is enough to explain a decision and keeps training fast.
            ? ml.Transforms.Text.ProduceHashedWordBags(output, input, spec.HashBits, spec.WordNgramLength, 0, true, 314489979, true, 1)
            : ml.Transforms.Text.ProduceWordBags(output, input, spec.WordNgramLength, 0, true, UnlimitedNgrams, weighting);
        // ML.NET's own n-gram cap keeps the first n-grams met, not the frequent ones, so prune by document count instead.
        return bag
            .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount(output, output, spec.MinDocumentFrequency))
            .Append(ml.Transforms.NormalizeLpNorm(output));
    }

    public static IEstimator<ITransformer> Trainer(MLContext ml, OwnerPipelineSpec spec, string? weightColumn, int? threads)
    {
        var trainers = ml.MulticlassClassification.Trainers;
        var binary = ml.BinaryClassification.Trainers;
        return spec.Trainer switch
        {
            OwnerTrainerKind.SdcaMaximumEntropy => trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeaturesColumn,
                ExampleWeightColumnName = weightColumn,
                L2Regularization = spec.L2Regularization,
                L1Regularization = spec.L1Regularization,
                MaximumNumberOfIterations = spec.MaximumIterations,
                // The duality-gap check is a pass over the data of its own: check once, at the end (30% less time).
                ConvergenceCheckFrequency = spec.MaximumIterations,
                NumberOfThreads = threads,
            }),
            OwnerTrainerKind.LbfgsMaximumEntropy => trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeaturesColumn,
                ExampleWeightColumnName = weightColumn,
                L2Regularization = spec.L2Regularization ?? 1f,
                L1Regularization = spec.L1Regularization ?? 0f,
                MaximumNumberOfIterations = spec.MaximumIterations ?? 200,
                HistorySize = 10,
                NumberOfThreads = threads,
            }),
            OwnerTrainerKind.OneVersusAllLinearSvm => trainers.OneVersusAll(
                binary.LinearSvm(new LinearSvmTrainer.Options
                {
                    FeatureColumnName = FeaturesColumn,
                    ExampleWeightColumnName = weightColumn,
                    Lambda = spec.L2Regularization ?? 0.001f,
                    NumberOfIterations = spec.MaximumIterations ?? 10,
                }),
                LabelColumn),
            OwnerTrainerKind.OneVersusAllAveragedPerceptron => trainers.OneVersusAll(
                binary.AveragedPerceptron(new AveragedPerceptronTrainer.Options
                {
                    FeatureColumnName = FeaturesColumn,
                    L2Regularization = spec.L2Regularization ?? 0f,
                    NumberOfIterations = spec.MaximumIterations ?? 10,
                }),
                LabelColumn),
            OwnerTrainerKind.OneVersusAllLogisticRegression => trainers.OneVersusAll(
                binary.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
                {
                    FeatureColumnName = FeaturesColumn,
                    ExampleWeightColumnName = weightColumn,
                    L2Regularization = spec.L2Regularization,
                    L1Regularization = spec.L1Regularization,
                    MaximumNumberOfIterations = spec.MaximumIterations ?? 20,
                    NumberOfThreads = threads,
                }),
                LabelColumn),
            OwnerTrainerKind.LightGbm => trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeaturesColumn,
                ExampleWeightColumnName = weightColumn,
                NumberOfIterations = spec.MaximumIterations ?? 100,
                NumberOfLeaves = 16,
                MinimumExampleCountPerLeaf = 10,
                LearningRate = 0.1,
                UseSoftmax = true,
                NumberOfThreads = threads,
                Seed = 1,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Trainer, "Unknown trainer."),
        };
    }
}
