using System.Diagnostics;

namespace Reporting.Analytics.Owners;

/// <summary>
/// <see cref="LinearSvmBaseline"/> on the owner protocol (every ticket with an owner, oldest 80% train, newest 20%
/// test, <see cref="TimeOrderedSplit"/>), scored with <see cref="OwnerEvaluation"/> like the owner model. It has no
/// confidence: every ticket is answered (coverage 1) and calibration does not apply (ECE NaN).
/// </summary>
public static class OwnerBaselineEvaluation
{
    public static OwnerBaselineReport Run(
        IReadOnlyList<OwnerTrainingExample> examples, IReadOnlySet<string>? stopWords = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var (train, test) = TimeOrderedSplit.Split(examples, OwnerTraining.TrainShare);
        if (test.Count == 0 || train.Select(e => e.Owner).Distinct(StringComparer.Ordinal).Count() < 2)
            throw new Warehouse.UserInputException(
                $"Too few tickets with an owner to evaluate on ({examples.Count}): the oldest 80% need at least two owners and the newest 20% one ticket.");

        var watch = Stopwatch.StartNew();
        var baseline = LinearSvmBaseline.Train(train, stopWords: stopWords, cancellationToken: cancellationToken);
        var trainSeconds = watch.Elapsed.TotalSeconds;
        var ranked = baseline.Rank(test);
        var metrics = OwnerEvaluation.Evaluate(test.Select((e, i) => new OwnerEvaluationCase(e.Owner, ranked[i], 0, false)).ToList())
            with { ExpectedCalibrationError = double.NaN, ExpectedCalibrationErrorFloor = double.NaN };
        var owners = examples.Select(e => e.Owner).Distinct(StringComparer.Ordinal).Count();
        return new OwnerBaselineReport(examples.Count, owners, train.Count, test.Count, baseline.FeatureCount, metrics, trainSeconds);
    }
}

/// <summary>The linear-SVM baseline's figures on the owner protocol's test part.</summary>
public sealed record OwnerBaselineReport(
    int Tickets, int Owners, int TrainCount, int TestCount, int FeatureCount, OwnerMetrics Metrics, double TrainSeconds);
