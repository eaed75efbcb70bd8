using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public class TopConfidenceScalingTests
{
    /// <summary>
    /// Confidences whose reliability curve is flatter than the diagonal, as on the shared Jira data: a ticket reported
    /// at confidence c is right with probability 0.2 + 0.6·c (so 0.4 is under- and 0.9 over-confident).
    /// </summary>
    private static List<(double Confidence, bool Correct)> FlatSet(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => random.NextDouble() * 0.6 + 0.35)
            .Select(c => (c, random.NextDouble() < 0.2 + 0.6 * c))
            .ToList();
    }

    [Fact]
    public void AFlatReliabilityCurveGetsASlopeBelowOneAndTheErrorFalls()
    {
        var scaling = TopConfidenceScaling.Fit(FlatSet(4000, seed: 1));
        var test = FlatSet(4000, seed: 2);

        double Ece(TopConfidenceScaling s) => OwnerEvaluation.ExpectedCalibrationError(test.Select(t =>
        {
            double[] distribution = [t.Confidence, (1 - t.Confidence) / 2, (1 - t.Confidence) / 2];
            s.Apply(distribution);
            return (distribution.Max(), t.Correct);
        }).ToList());
        Assert.InRange(scaling.Slope, 0.3, 0.8);
        Assert.True(Ece(scaling) < 0.03, $"ECE {Ece(scaling):F3}");
        Assert.True(Ece(scaling) < Ece(TopConfidenceScaling.Identity) / 2, $"{Ece(scaling):F3} against {Ece(TopConfidenceScaling.Identity):F3}");
    }

    [Fact]
    public void KeepsTheRankingAndTheSum()
    {
        var lowering = new TopConfidenceScaling(0.2, -2);
        double[] distribution = [0.2, 0.45, 0.35];

        lowering.Apply(distribution);

        Assert.Equal(1.0, distribution.Sum(), 10);
        Assert.Equal([1, 2, 0], distribution.Select((p, i) => (p, i)).OrderByDescending(x => x.p).Select(x => x.i));
        Assert.Equal(1, OwnerClassifier.TopIndices(distribution, 1)[0]);
        Assert.True(distribution[1] < 0.45);
        // At most level with the runner-up, never under it: here the scaled confidence would be 0.12.
        Assert.Equal(distribution[2], distribution[1], 10);
    }

    [Fact]
    public void TooFewOrOneSidedExamplesLeaveConfidencesAlone()
    {
        Assert.True(TopConfidenceScaling.Fit(FlatSet(TopConfidenceScaling.MinimumExamples - 1, seed: 3)).IsIdentity);
        Assert.True(TopConfidenceScaling.Fit(Enumerable.Repeat((0.7, true), 500).ToList()).IsIdentity);
        double[] distribution = [0.7, 0.3];
        TopConfidenceScaling.Identity.Apply(distribution);
        Assert.Equal([0.7, 0.3], distribution);
    }
}
