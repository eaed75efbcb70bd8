using Reporting.Warehouse;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace Reporting.Analytics.Owners;

/// <summary>
/// A retraining run: train on the oldest 80% of owned, resolved tickets, evaluate on the newest 20%, register the
/// model with that evaluation, and promote it only if it is not worse than the current model on the very same
/// held-out tickets (the current model is re-evaluated on them first). The previous version stays loadable.
/// The deployed model is the evaluated one, so its recorded figures are exactly its own.
/// </summary>
public sealed class OwnerTraining(DuckDBConnection connection, OwnerModelRegistry registry)
{
    public const double TrainShare = 0.8;

    public async Task<OwnerTrainingOutcome> RunAsync(
        OwnerClassifierOptions? options = null, DateTime? createdBefore = null, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var examples = await OwnerExamples.LoadAsync(connection, resolvedOnly: true, createdBefore, cancellationToken);
        if (examples.Count < 50 || examples.Select(e => e.Owner).Distinct().Count() < 2)
        {
            throw new UserInputException(
                $"Too few resolved tickets with a service to train on ({examples.Count}); ingest more history first.");
        }

        var (train, heldOut) = TimeOrderedSplit.Split(examples, TrainShare);
        progress?.Report($"training on {train.Count:N0} tickets ({train[0].CreatedAt:yyyy-MM-dd} to {train[^1].CreatedAt:yyyy-MM-dd}), holding out {heldOut.Count:N0}");
        var candidate = OwnerClassifier.Train(train, options, cancellationToken);
        var evaluation = candidate.Evaluate(heldOut, cancellationToken);
        candidate.RecordEvaluation(evaluation);
        progress?.Report($"held out: top-1 {evaluation.Metrics.Top1:F3}, top-3 {evaluation.Metrics.Top3:F3}, macro-F1 {evaluation.Metrics.MacroF1:F3}");

        if (registry.CurrentVersion() is { } current)
        {
            // Compare like with like: the current model on the same held-out tickets.
            var currentModel = registry.Load(current);
            registry.UpdateEvaluation(current, currentModel.Evaluate(heldOut, cancellationToken));
        }

        var registered = registry.Register(candidate);
        var decision = registry.Promote(registered.Version);
        return new OwnerTrainingOutcome(registered, decision, evaluation, candidate.Metadata.TrainingSeconds, watch.Elapsed.TotalSeconds, train.Count, heldOut.Count);
    }
}

/// <summary>What a retraining run produced and whether it was promoted.</summary>
public sealed record OwnerTrainingOutcome(
    RegisteredOwnerModel Model, PromotionDecision Decision, OwnerEvaluationReport Evaluation, double TrainingSeconds, double Seconds,
    int TrainCount, int HeldOutCount);
