using Microsoft.ML;
using Microsoft.ML.Data;

namespace Reporting.Analytics.Owners;

/// <summary>
/// A fitted ML.NET model with its owner list: turns a prepared ticket into a probability per owner
/// (and the feature vector, for explanations), blended with a <see cref="JointBagSvm"/> when the pipeline has one
/// (<see cref="OwnerPipelineSpec.MarginBlendWeight"/>). Safe to call from several threads.
/// </summary>
internal sealed class OwnerModelScorer
{
    private readonly PredictionEnginePool<OwnerModelRow, OwnerModelOutput> _engines;
    private readonly double _blendWeight;

    public OwnerModelScorer(MLContext ml, ITransformer model, DataViewSchema inputSchema, OwnerPipelineSpec spec, IReadOnlyList<string> owners, JointBagSvm? blended = null)
    {
        Model = model;
        InputSchema = inputSchema;
        Owners = owners;
        Spec = spec;
        var schemaDefinition = OwnerModelRow.SchemaFor(owners.Count);
        _engines = new PredictionEnginePool<OwnerModelRow, OwnerModelOutput>(
            () => ml.Model.CreatePredictionEngine<OwnerModelRow, OwnerModelOutput>(model, ignoreMissingColumns: true, inputSchemaDefinition: schemaDefinition));
        // A model decided by its SVM alone explains with the SVM's words: the maxent's slots would be named for nothing.
        Explainer = spec.DecidedBySvmAlone ? null : LinearModelExplainer.TryCreate(model, inputSchema, spec);
        FeatureCount = model.GetOutputSchema(inputSchema)[OwnerPipelineBuilder.FeaturesColumn].Type is VectorDataViewType v ? v.Size : 0;
        if (!double.IsFinite(spec.MarginBlendWeight) || spec.MarginBlendWeight is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(spec), spec.MarginBlendWeight, $"Pipeline {spec.Name}'s blend weight must be within [0, 1].");
        if ((spec.MarginBlendWeight > 0) != (blended is not null))
            throw new ArgumentException($"Pipeline {spec.Name} blends an SVM with weight {spec.MarginBlendWeight}, but one was {(blended is null ? "not " : "")}given.", nameof(blended));
        if (blended is not null && blended.CharacterGrams != spec.MarginBlendCharacterGrams)
            throw new ArgumentException($"Pipeline {spec.Name}'s SVM {(spec.MarginBlendCharacterGrams ? "reads" : "does not read")} character n-grams, the SVM given {(blended.CharacterGrams ? "does" : "does not")}.", nameof(blended));
        if (blended is not null && blended.LabelCount != owners.Count)
            throw new ArgumentException($"The blended SVM knows {blended.LabelCount} owners, the model {owners.Count}.", nameof(blended));
        Blended = blended;
        _blendWeight = spec.MarginBlendWeight;
    }

    public OwnerPipelineSpec Spec { get; }
    public JointBagSvm? Blended { get; }

    /// <summary>Whether the probabilities are the blended SVM's alone (weight 1): the maxent is fitted but not heard.</summary>
    public bool DecidedBySvmAlone => Blended is not null && Spec.DecidedBySvmAlone;

    public ITransformer Model { get; }
    public DataViewSchema InputSchema { get; }
    public IReadOnlyList<string> Owners { get; }
    public LinearModelExplainer? Explainer { get; }
    public int FeatureCount { get; }

    /// <summary>Scores one ticket; explanation terms are computed for the best owner when asked.</summary>
    public (double[] Probabilities, VBuffer<float> Features) Score(PreparedTicket ticket)
    {
        // The maxent would be weighed by nothing: not run (its features explain nothing of this decision either).
        if (DecidedBySvmAlone)
            return (Blended!.Probabilities(ticket.JointText), default);
        var row = ticket.ToRow();
        var output = _engines.Use(engine => engine.Predict(row));
        var probabilities = ToProbabilities(output.Score, Owners.Count);
        if (Blended is not null)
        {
            var svm = Blended.Probabilities(ticket.JointText);
            for (var i = 0; i < probabilities.Length; i++)
                probabilities[i] = (1 - _blendWeight) * probabilities[i] + _blendWeight * svm[i];
        }
        return (probabilities, output.Features);
    }

    /// <summary>
    /// Trainers differ in what "score" means (softmax, normalised one-versus-all, raw margins);
    /// clip at zero and renormalise so that every trainer yields a distribution.
    /// </summary>
    internal static double[] ToProbabilities(float[] scores, int ownerCount)
    {
        var result = new double[ownerCount];
        var sum = 0.0;
        for (var i = 0; i < ownerCount && i < scores.Length; i++)
        {
            var s = float.IsFinite(scores[i]) ? Math.Max(0, scores[i]) : 0;
            result[i] = s;
            sum += s;
        }
        if (sum <= 0)
        {
            Array.Fill(result, ownerCount == 0 ? 0 : 1.0 / ownerCount);
            return result;
        }
        for (var i = 0; i < ownerCount; i++)
            result[i] /= sum;
        return result;
    }
}
