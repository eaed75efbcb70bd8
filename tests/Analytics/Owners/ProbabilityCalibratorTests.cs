using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public class ProbabilityCalibratorTests
{
    /// <summary>
    /// A synthetic over-confident model over 5 owners: it puts most of its mass on its top owner,
    /// but the top owner is right only as often as a much flatter distribution would say.
    /// </summary>
    private static List<(double[] Probabilities, bool Correct)> OverconfidentSet(int count, int seed)
    {
        var random = new Random(seed);
        var result = new List<(double[], bool)>();
        for (var i = 0; i < count; i++)
        {
            // True (calibrated) top-1 probability q; the model reports a sharpened version.
            var q = 0.25 + 0.6 * random.NextDouble();
            var calibrated = new[] { q, (1 - q) * 0.4, (1 - q) * 0.3, (1 - q) * 0.2, (1 - q) * 0.1 };
            var sharpened = new ProbabilityCalibrator(0.3).Apply(calibrated);
            result.Add((sharpened, random.NextDouble() < q));
        }
        return result;
    }

    private static double Ece(IEnumerable<(double[] Probabilities, bool Correct)> set, ProbabilityCalibrator calibrator) =>
        OwnerEvaluation.ExpectedCalibrationError(set.Select(s => (calibrator.Apply(s.Probabilities).Max(), s.Correct)).ToList());

    [Fact]
    public void FittedTemperatureReducesCalibrationErrorOnUnseenData()
    {
        var fitSet = OverconfidentSet(2000, seed: 1);
        var testSet = OverconfidentSet(2000, seed: 2);

        var calibrator = ProbabilityCalibrator.Fit(fitSet.Select(s => ((IReadOnlyList<double>)s.Probabilities, s.Correct)).ToList());

        var before = Ece(testSet, ProbabilityCalibrator.Identity);
        var after = Ece(testSet, calibrator);
        Assert.True(calibrator.Temperature > 2, $"expected flattening, got T={calibrator.Temperature}");
        Assert.True(after < before / 3, $"ECE before {before:F3}, after {after:F3}");
        Assert.True(after < 0.05, $"ECE after {after:F3}");
    }

    [Fact]
    public void ScalingKeepsRankingAndSumsToOne()
    {
        var calibrator = new ProbabilityCalibrator(2.5);
        double[] probabilities = [0.1, 0.6, 0.0, 0.3];

        var scaled = calibrator.Apply(probabilities);

        Assert.Equal(1.0, scaled.Sum(), 10);
        Assert.Equal([1, 3, 0, 2], scaled.Select((p, i) => (p, i)).OrderByDescending(x => x.p).Select(x => x.i));
        Assert.Equal(0, scaled[2]);
        Assert.True(scaled[1] < 0.6);
    }

    [Fact]
    public void IdentityLeavesProbabilitiesAlone()
    {
        double[] probabilities = [0.2, 0.5, 0.3];

        var scaled = ProbabilityCalibrator.Identity.Apply(probabilities);

        for (var i = 0; i < probabilities.Length; i++)
            Assert.Equal(probabilities[i], scaled[i], 10);
    }

    [Fact]
    public void RejectsNonPositiveTemperature()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProbabilityCalibrator(0));
    }
}
