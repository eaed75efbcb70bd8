using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public class OwnerEvaluationTests
{
    private static OwnerEvaluationCase Case(string truth, string[] ranked, double confidence = 0.5, bool abstained = false) =>
        new(truth, ranked, confidence, abstained);

    [Fact]
    public void TopKAccuracyCountsTruthAmongFirstK()
    {
        var cases = new[]
        {
            Case("a", ["a", "b", "c"]),
            Case("b", ["a", "b", "c"]),
            Case("c", ["a", "b", "d", "c"]),
            Case("d", []),
        };

        var metrics = OwnerEvaluation.Evaluate(cases);

        Assert.Equal(0.25, metrics.Top1, 10);
        Assert.Equal(0.5, metrics.Top3, 10);
        Assert.Equal(0.75, OwnerEvaluation.TopKAccuracy(cases, 4), 10);
    }

    [Fact]
    public void MacroF1MatchesHandComputedScikitLearnValue()
    {
        // y_true = [a, a, b, b, c], y_pred = [a, b, b, b, d]
        // a: tp1 fp0 fn1 → F1 = 2/3; b: tp2 fp1 fn0 → 0.8; c: 0; d (predicted only): 0.
        // sklearn f1_score(average="macro") = (2/3 + 0.8 + 0 + 0) / 4 = 0.366666…
        var pairs = new (string, string?)[] { ("a", "a"), ("a", "b"), ("b", "b"), ("b", "b"), ("c", "d") };

        var (macroF1, labels) = OwnerEvaluation.MacroF1(pairs);

        Assert.Equal(4, labels);
        Assert.Equal((2.0 / 3 + 0.8) / 4, macroF1, 10);
    }

    [Fact]
    public void ExpectedCalibrationErrorMatchesHandComputedValue()
    {
        // Bin [0.9,1]: confidences 0.95, 0.95 → mean 0.95, accuracy 0.5 → gap 0.45, weight 2/4.
        // Bin [0.3,0.4): confidences 0.3, 0.35 → mean 0.325, accuracy 0.5 → gap 0.175, weight 2/4.
        // ECE = 0.5 * 0.45 + 0.5 * 0.175 = 0.3125. A confidence of exactly 1.0 falls in the last bin.
        var predictions = new[] { (0.95, true), (0.95, false), (0.3, true), (0.35, false) };

        Assert.Equal(0.3125, OwnerEvaluation.ExpectedCalibrationError(predictions), 10);
        Assert.Equal(9, OwnerEvaluation.BinOf(1.0, 10));
        Assert.Equal(0, OwnerEvaluation.ExpectedCalibrationError([(1.0, true), (0.0, false)]), 10);
    }

    [Fact]
    public void The_calibration_error_floor_is_what_perfect_confidences_show_by_chance_on_so_few_tickets()
    {
        // One ticket at 0.86: right (gap 0.14) 86 % of the time, wrong (gap 0.86) 14 %: 2 × 0.86 × 0.14.
        Assert.Equal(0.2408, OwnerEvaluation.ExpectedCalibrationErrorFloor([0.86]), 10);
        // Ten at 0.5: E|K/10 − 0.5| = 2 × 6 × C(10, 6) / 2^10 / 10 = 0.123046875; the two bins weigh 1/11 and 10/11.
        Assert.Equal((0.2408 + 10 * 0.123046875) / 11, OwnerEvaluation.ExpectedCalibrationErrorFloor([0.86, .. Enumerable.Repeat(0.5, 10)]), 10);
        Assert.Equal(0, OwnerEvaluation.ExpectedCalibrationErrorFloor([]));
        Assert.Equal(0, OwnerEvaluation.ExpectedCalibrationErrorFloor([1.0, 1.0]));

        // Drawn outcomes at exactly their confidences, 99 tickets, 4,000 times: the mean ECE is the floor.
        var random = new Random(14);
        var confidences = Enumerable.Range(0, 99).Select(_ => 0.1 + 0.8 * random.NextDouble()).ToList();
        var meanEce = Enumerable.Range(0, 4000)
            .Average(_ => OwnerEvaluation.ExpectedCalibrationError(confidences.Select(c => (c, random.NextDouble() < c)).ToList()));
        Assert.Equal(meanEce, OwnerEvaluation.ExpectedCalibrationErrorFloor(confidences), 0.004);
        Assert.InRange(OwnerEvaluation.ExpectedCalibrationErrorFloor(confidences), 0.07, 0.11);
    }

    [Fact]
    public void CoverageAndAccuracyAtCoverageIgnoreAbstainedTickets()
    {
        var cases = new[]
        {
            Case("a", ["a"], 0.9),
            Case("b", ["a"], 0.85),
            Case("c", ["c"], 0.95),
            Case("d", ["a"], 0.2, abstained: true),
        };

        var metrics = OwnerEvaluation.Evaluate(cases);

        Assert.Equal(0.75, metrics.Coverage, 10);
        Assert.Equal(2.0 / 3, metrics.AccuracyAtCoverage, 10);
        Assert.Equal(0.5, metrics.Top1, 10);
    }

    [Fact]
    public void EmptySetGivesZeros()
    {
        var metrics = OwnerEvaluation.Evaluate([]);

        Assert.Equal(0, metrics.Count);
        Assert.Equal(0, metrics.Top1);
    }
}
