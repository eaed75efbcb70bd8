using Reporting.Warehouse;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace Reporting.Analytics.Owners;

/// <summary>
/// A retraining run: train on the oldest 80% of owned, resolved tickets, evaluate on the newest 20%, register the
/// model with that evaluation, and promote it only if it is not worse than the current model on the very same
/// held-out tickets (the current model is re-evaluated on them first). The previous version stays loadable.
/// The deployed model is the evaluated one, so its recorded figures are exactly its own.
/// Tickets routed in triage (<see cref="OwnerTrainingExample.Decided"/>) always train: decisions are made on the
/// newest tickets, and holding them out would keep the model from learning them until they aged past the newest
/// 20%, months later. The split by time is over the other tickets, so the held-out set stays the newest tickets
/// labelled by their source. The same run trains the priority model with <see cref="TicketLabel.Priority"/>.
/// </summary>
public sealed class OwnerTraining(DuckDBConnection connection, OwnerModelRegistry registry, TicketLabel? label = null)
{
    private readonly TicketLabel _label = label ?? TicketLabel.Owner;

    public const double TrainShare = 0.8;

    public async Task<OwnerTrainingOutcome> RunAsync(
        OwnerClassifierOptions? options = null, DateTime? createdBefore = null, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var examples = await _label.LoadAsync(connection, resolvedOnly: true, createdBefore, cancellationToken);
        if (examples.Count < 50 || examples.Select(e => e.Owner).Distinct().Count() < 2)
        {
            throw new UserInputException(
                $"Too few resolved tickets with a {_label.Noun} to train on ({examples.Count}); ingest more history first.");
        }

        var (train, heldOut) = Split(examples);
        var decided = train.Count(e => e.Decided);
        progress?.Report($"training on {train.Count:N0} tickets ({train[0].CreatedAt:yyyy-MM-dd} to {train[^1].CreatedAt:yyyy-MM-dd}, {decided:N0} routed in triage), holding out {heldOut.Count:N0}");
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
        var decision = registry.Promote(registered.Version, learnedFromDecisions: decided > 0);
        return new OwnerTrainingOutcome(registered, decision, evaluation, candidate.Metadata.TrainingSeconds, watch.Elapsed.TotalSeconds, train.Count, heldOut.Count)
        {
            DecidedCount = decided,
        };
    }

    /// <summary>The oldest <see cref="TrainShare"/> of the tickets labelled by their source, plus every decided ticket; the rest held out.</summary>
    public static (IReadOnlyList<OwnerTrainingExample> Train, IReadOnlyList<OwnerTrainingExample> HeldOut) Split(IReadOnlyList<OwnerTrainingExample> examples)
    {
        var (earlier, later) = TimeOrderedSplit.Split(examples.Where(e => !e.Decided), TrainShare);
        if (later.Count == 0)
        {
            throw new UserInputException("No tickets with an owner from their source are left to evaluate on; ingest more history first.");
        }

        return ([.. earlier.Concat(examples.Where(e => e.Decided)).OrderBy(e => e.CreatedAt)], later);
    }
}

/// <summary>What a retraining run produced and whether it was promoted.</summary>
public sealed record OwnerTrainingOutcome(
    RegisteredOwnerModel Model, PromotionDecision Decision, OwnerEvaluationReport Evaluation, double TrainingSeconds, double Seconds,
    int TrainCount, int HeldOutCount)
{
    /// <summary>How many of the training tickets were labelled by a triage decision.</summary>
    public int DecidedCount { get; init; }
}
