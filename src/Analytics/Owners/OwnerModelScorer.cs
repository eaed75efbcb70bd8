using Microsoft.ML;
using Microsoft.ML.Data;

namespace Reporting.Analytics.Owners;

/// <summary>
/// A fitted ML.NET model with its owner list: turns a prepared ticket into a probability per owner
/// (and the feature vector, for explanations). Safe to call from several threads.
/// </summary>
internal sealed class OwnerModelScorer
{
    private readonly PredictionEnginePool<OwnerModelRow, OwnerModelOutput> _engines;

    public OwnerModelScorer(MLContext ml, ITransformer model, DataViewSchema inputSchema, OwnerPipelineSpec spec, IReadOnlyList<string> owners)
    {
        Model = model;
        InputSchema = inputSchema;
        Owners = owners;
        var schemaDefinition = OwnerModelRow.SchemaFor(owners.Count);
        _engines = new PredictionEnginePool<OwnerModelRow, OwnerModelOutput>(
            () => ml.Model.CreatePredictionEngine<OwnerModelRow, OwnerModelOutput>(model, ignoreMissingColumns: true, inputSchemaDefinition: schemaDefinition));
        Explainer = LinearModelExplainer.TryCreate(model, inputSchema, spec);
        FeatureCount = model.GetOutputSchema(inputSchema)[OwnerPipelineBuilder.FeaturesColumn].Type is VectorDataViewType v ? v.Size : 0;
    }

    public ITransformer Model { get; }
    public DataViewSchema InputSchema { get; }
    public IReadOnlyList<string> Owners { get; }
    public LinearModelExplainer? Explainer { get; }
    public int FeatureCount { get; }

    /// <summary>Scores one ticket; explanation terms are computed for the best owner when asked.</summary>
    public (double[] Probabilities, VBuffer<float> Features) Score(PreparedTicket ticket)
    {
        var row = ticket.ToRow();
        var output = _engines.Use(engine => engine.Predict(row));
        return (ToProbabilities(output.Score, Owners.Count), output.Features);
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
