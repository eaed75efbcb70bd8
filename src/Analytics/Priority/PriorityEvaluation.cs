using System.Diagnostics;
using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Priority;

/// <summary>
/// The owner protocol on the priority label: oldest 80% train, newest 20% test; the priority model (the owner
/// pipeline, calibrated and abstaining the same way) beside the majority class and the linear-SVM baseline,
/// all trained on the same tickets and scored on the same ones.
/// </summary>
public static class PriorityEvaluation
{
    public static PriorityEvaluationReport Run(
        IReadOnlyList<OwnerTrainingExample> examples, OwnerClassifierOptions? options = null, bool withLinearSvm = true,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= PriorityModel.Options;
        var (train, test) = TimeOrderedSplit.Split(examples, OwnerTraining.TrainShare);
        if (test.Count == 0 || train.Select(e => e.Owner).Distinct(StringComparer.Ordinal).Count() < 2)
            throw new Warehouse.UserInputException($"Too few tickets with a priority to evaluate on ({examples.Count}).");
        progress?.Report($"{examples.Count:N0} tickets with a priority: training on {train.Count:N0}, testing on {test.Count:N0}");

        var watch = Stopwatch.StartNew();
        var classifier = OwnerClassifier.Train(train, options, cancellationToken);
        var report = classifier.Evaluate(test, cancellationToken);
        var model = new PriorityMethodResult("priority model (" + options.Pipeline.Name + ")", report.Metrics, Math.Round(watch.Elapsed.TotalSeconds, 1));
        progress?.Report($"priority model: top-1 {report.Metrics.Top1:F3}, macro-F1 {report.Metrics.MacroF1:F3} ({model.Seconds:F0} s)");

        var majority = MajorityClassBaseline.Train(train, options);
        var majorityResult = new PriorityMethodResult(
            $"majority class ({majority.Label})", OwnerEvaluation.Evaluate(test.Select(e => majority.Case(e.Owner)).ToList()), 0);

        PriorityMethodResult? svm = null;
        if (withLinearSvm)
        {
            watch.Restart();
            var baseline = LinearSvmBaseline.Train(train, cancellationToken: cancellationToken);
            var ranked = baseline.Rank(test);
            // No confidence: every ticket is answered, calibration does not apply (reported as NaN).
            var metrics = OwnerEvaluation.Evaluate(test.Select((e, i) => new OwnerEvaluationCase(e.Owner, ranked[i], 0, false)).ToList())
                with { ExpectedCalibrationError = double.NaN, ExpectedCalibrationErrorFloor = double.NaN };
            svm = new PriorityMethodResult("TF-IDF 1–2-grams + linear SVM, C=1 (baseline)", metrics, Math.Round(watch.Elapsed.TotalSeconds, 1));
            progress?.Report($"linear SVM: top-1 {metrics.Top1:F3}, macro-F1 {metrics.MacroF1:F3} ({svm.Seconds:F0} s, {baseline.FeatureCount:N0} features)");
        }

        var distribution = test.GroupBy(e => e.Owner, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        return new PriorityEvaluationReport(examples.Count, train.Count, test.Count, distribution, model, majorityResult, svm,
            classifier.AbstainThreshold, report.MicrosecondsPerPrediction);
    }
}

/// <summary>One method's figures on the test part.</summary>
public sealed record PriorityMethodResult(string Method, OwnerMetrics Metrics, double Seconds);

/// <summary>The priority model and its baselines on the same time split.</summary>
public sealed record PriorityEvaluationReport(
    int Tickets, int TrainCount, int TestCount, IReadOnlyDictionary<string, int> TestPriorities,
    PriorityMethodResult Model, PriorityMethodResult Majority, PriorityMethodResult? LinearSvm,
    double AbstainThreshold, double MicrosecondsPerPrediction);
