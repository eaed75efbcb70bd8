using System.Diagnostics;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Trains one classifier per candidate pipeline and keeps the best by its held-out (validation)
/// figures, which come from the newest slice of the training tickets only: a test set is never
/// looked at here. The score is top-1 + top-3 + macro-F1, so neither frequent nor rare owners are ignored.
/// A candidate whose training took more processor time than the budget is reported but not chosen:
/// processor time, unlike wall time, does not depend on what else runs on the machine.
/// </summary>
public static class OwnerPipelineSelector
{
    public static double SelectionScore(OwnerMetrics validation) => validation.Top1 + validation.Top3 + validation.MacroF1;

    public static OwnerPipelineComparison Compare(
        IReadOnlyList<OwnerTrainingExample> examples,
        IReadOnlyList<OwnerPipelineSpec> candidates,
        OwnerClassifierOptions? options = null,
        Action<PipelineCandidateResult, OwnerClassifier?>? onCandidate = null,
        double? trainingCpuSecondsBudget = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
            throw new ArgumentException("No candidate pipeline.", nameof(candidates));
        options ??= new OwnerClassifierOptions();

        var results = new List<PipelineCandidateResult>();
        var trained = new List<(PipelineCandidateResult Result, OwnerClassifier Classifier)>();
        foreach (var spec in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stopwatch = Stopwatch.StartNew();
            PipelineCandidateResult result;
            OwnerClassifier? classifier = null;
            try
            {
                classifier = OwnerClassifier.Train(examples, options with { Pipeline = spec }, cancellationToken);
                var metadata = classifier.Metadata;
                // The newest slice's figures: on small data the model's own Validation is out of fold.
                var newest = metadata.Comparison.FirstOrDefault(c => c.Name == metadata.Pipeline.Name);
                result = new PipelineCandidateResult(
                    spec.Name, spec, newest?.Validation ?? metadata.Validation ?? new OwnerMetrics(0, 0, 0, 0, 0, 0, 0, 0),
                    newest?.ValidationUncalibratedEce ?? metadata.ValidationUncalibratedEce, Math.Round(stopwatch.Elapsed.TotalSeconds, 2), metadata.TrainingCpuSeconds, metadata.FeatureCount);
                trained.Add((result, classifier));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken candidate (e.g. a native trainer missing) must not sink the comparison.
                result = new PipelineCandidateResult(spec.Name, spec, new OwnerMetrics(0, 0, 0, 0, 0, 0, 0, 0), 0,
                    Math.Round(stopwatch.Elapsed.TotalSeconds, 2), 0, 0, ex.GetType().Name + ": " + ex.Message);
            }
            results.Add(result);
            onCandidate?.Invoke(result, classifier);
        }

        if (trained.Count == 0)
            throw new InvalidOperationException("Every candidate pipeline failed: " + string.Join("; ", results.Select(r => r.Failure)));
        var eligible = trained.Where(t => trainingCpuSecondsBudget is not { } budget || t.Result.TrainingCpuSeconds <= budget).ToList();
        var best = (eligible.Count > 0 ? eligible : trained).OrderByDescending(t => SelectionScore(t.Result.Validation)).First();
        best.Classifier.RecordComparison(results);
        return new OwnerPipelineComparison(results, best.Result, best.Classifier, trained.ToDictionary(t => t.Result.Name, t => t.Classifier));
    }
}
