namespace Reporting.Analytics.Owners;

/// <summary>Computes <see cref="OwnerMetrics"/> from scored tickets.</summary>
public static class OwnerEvaluation
{
    public const int CalibrationBins = 10;

    /// <summary>A chance floor of the calibration error (<see cref="ExpectedCalibrationErrorFloor"/>) worth saying beside it: on thousands of tickets it is below this.</summary>
    public const double FloorWorthSaying = 0.01;

    public static OwnerMetrics Evaluate(IReadOnlyList<OwnerEvaluationCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (cases.Count == 0)
            return new OwnerMetrics(0, 0, 0, 0, 0, 0, 0, 0);

        var top1 = cases.Count(c => c.RankedOwners.Count > 0 && c.RankedOwners[0] == c.TrueOwner) / (double)cases.Count;
        var top3 = TopKAccuracy(cases, 3);
        var (macroF1, labelCount) = MacroF1(cases.Select(c => (c.TrueOwner, c.RankedOwners.Count > 0 ? c.RankedOwners[0] : null)).ToList());
        var answered = cases.Where(c => !c.Abstained).ToList();
        var coverage = answered.Count / (double)cases.Count;
        var accuracyAtCoverage = answered.Count == 0
            ? 0
            : answered.Count(c => c.RankedOwners.Count > 0 && c.RankedOwners[0] == c.TrueOwner) / (double)answered.Count;
        var ece = ExpectedCalibrationError(cases.Select(c => (c.TopConfidence, c.RankedOwners.Count > 0 && c.RankedOwners[0] == c.TrueOwner)).ToList());
        var floor = ExpectedCalibrationErrorFloor(cases.Select(c => c.TopConfidence).ToList());
        return new OwnerMetrics(cases.Count, top1, top3, macroF1, labelCount, coverage, accuracyAtCoverage, ece, floor);
    }

    public static double TopKAccuracy(IReadOnlyList<OwnerEvaluationCase> cases, int k)
    {
        if (cases.Count == 0)
            return 0;
        return cases.Count(c => c.RankedOwners.Take(k).Contains(c.TrueOwner, StringComparer.Ordinal)) / (double)cases.Count;
    }

    /// <summary>
    /// Macro-averaged F1 over the union of true and predicted labels, as scikit-learn's
    /// f1_score(average="macro") with zero_division=0: a label never predicted or never true scores 0.
    /// A null prediction counts as a miss for the true label and adds no label.
    /// </summary>
    public static (double MacroF1, int LabelCount) MacroF1(IReadOnlyList<(string Truth, string? Predicted)> pairs)
    {
        var truePositives = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var trueCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (truth, predicted) in pairs)
        {
            trueCounts[truth] = trueCounts.GetValueOrDefault(truth) + 1;
            if (predicted is null)
                continue;
            predictedCounts[predicted] = predictedCounts.GetValueOrDefault(predicted) + 1;
            if (predicted == truth)
                truePositives[truth] = truePositives.GetValueOrDefault(truth) + 1;
        }

        var labels = trueCounts.Keys.Union(predictedCounts.Keys, StringComparer.Ordinal).ToList();
        if (labels.Count == 0)
            return (0, 0);
        var sum = 0.0;
        foreach (var label in labels)
        {
            var tp = truePositives.GetValueOrDefault(label);
            var predicted = predictedCounts.GetValueOrDefault(label);
            var actual = trueCounts.GetValueOrDefault(label);
            // F1 = 2TP / (2TP + FP + FN) = 2TP / (predicted + actual); 0 when there is no TP.
            sum += tp == 0 ? 0 : 2.0 * tp / (predicted + actual);
        }
        return (sum / labels.Count, labels.Count);
    }

    /// <summary>
    /// Expected calibration error with equal-width bins on the top-1 confidence:
    /// sum over bins of (bin share) × |bin accuracy − bin mean confidence|.
    /// Bin b holds confidences in [b/B, (b+1)/B); a confidence of 1 falls in the last bin.
    /// </summary>
    public static double ExpectedCalibrationError(IReadOnlyList<(double Confidence, bool Correct)> predictions, int bins = CalibrationBins)
    {
        if (predictions.Count == 0)
            return 0;
        var count = new int[bins];
        var confidenceSum = new double[bins];
        var correctSum = new double[bins];
        foreach (var (confidence, correct) in predictions)
        {
            var bin = BinOf(confidence, bins);
            count[bin]++;
            confidenceSum[bin] += confidence;
            correctSum[bin] += correct ? 1 : 0;
        }
        var ece = 0.0;
        for (var b = 0; b < bins; b++)
        {
            if (count[b] == 0)
                continue;
            ece += count[b] / (double)predictions.Count * Math.Abs(correctSum[b] / count[b] - confidenceSum[b] / count[b]);
        }
        return ece;
    }

    /// <summary>
    /// The expected calibration error that a perfectly calibrated model would still show, in expectation, with these
    /// confidences on this many tickets: in each bin the right answers are drawn at the bin's mean confidence p, so the
    /// bin adds (n / N) × E|K/n − p| with K ~ Binomial(n, p), by de Moivre's mean absolute deviation
    /// 2 (m+1) C(n, m+1) p^(m+1) (1−p)^(n−m) / n, m = ⌊np⌋. (Tickets of one bin differ a little in confidence, which
    /// only lowers the spread: the floor errs high by that.) About 0.08 on 99 tickets, 0.02 on a thousand.
    /// </summary>
    public static double ExpectedCalibrationErrorFloor(IReadOnlyList<double> confidences, int bins = CalibrationBins)
    {
        if (confidences.Count == 0)
            return 0;
        var count = new int[bins];
        var confidenceSum = new double[bins];
        foreach (var confidence in confidences)
        {
            var bin = BinOf(confidence, bins);
            count[bin]++;
            confidenceSum[bin] += confidence;
        }
        var logFactorials = LogFactorials(count.Max());
        var floor = 0.0;
        for (var b = 0; b < bins; b++)
        {
            if (count[b] > 0)
                floor += count[b] / (double)confidences.Count * MeanAbsoluteDeviationOfShare(count[b], confidenceSum[b] / count[b], logFactorials);
        }
        return floor;
    }

    /// <summary>E|K/n − p| for K ~ Binomial(n, p).</summary>
    private static double MeanAbsoluteDeviationOfShare(int n, double p, double[] logFactorials)
    {
        var m = (int)Math.Floor(n * p);
        if (p <= 0 || p >= 1 || m >= n)
            return 0;
        var logChoose = logFactorials[n] - logFactorials[m + 1] - logFactorials[n - m - 1];
        return 2.0 * (m + 1) / n * Math.Exp(logChoose + (m + 1) * Math.Log(p) + (n - m) * Math.Log(1 - p));
    }

    private static double[] LogFactorials(int n)
    {
        var result = new double[n + 1];
        for (var i = 2; i <= n; i++)
            result[i] = result[i - 1] + Math.Log(i);
        return result;
    }

    internal static int BinOf(double confidence, int bins) =>
        Math.Clamp((int)Math.Floor(confidence * bins), 0, bins - 1);
}
