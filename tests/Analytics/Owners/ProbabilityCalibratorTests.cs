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

    /// <summary>
    /// A model that gets worse as it ages: its reported distribution is calibrated for tickets of the day it was trained,
    /// but a ticket a year later is right only half as often. Ages spread evenly over two years.
    /// </summary>
    private static List<(double[] Probabilities, bool Correct, double AgeDays)> AgingSet(int count, int seed, double maxAgeDays = 730)
    {
        var random = new Random(seed);
        var result = new List<(double[], bool, double)>();
        for (var i = 0; i < count; i++)
        {
            var q = 0.3 + 0.6 * random.NextDouble();
            var age = maxAgeDays * random.NextDouble();
            var probabilities = new[] { q, (1 - q) * 0.5, (1 - q) * 0.3, (1 - q) * 0.2 };
            var right = q * Math.Pow(0.5, age / 365.0);
            result.Add((probabilities, random.NextDouble() < right, age));
        }
        return result;
    }

    [Fact]
    public void AgingFollowsAModelThatGetsWorseWithTime()
    {
        var fit = AgingSet(3000, seed: 3);
        var test = AgingSet(3000, seed: 4);

        var aging = ProbabilityCalibrator.Fit(fit.Select(s => ((IReadOnlyList<double>)s.Probabilities, s.Correct, s.AgeDays)).ToList());
        var fixedTemperature = ProbabilityCalibrator.Fit(fit.Select(s => ((IReadOnlyList<double>)s.Probabilities, s.Correct)).ToList());

        double Ece(ProbabilityCalibrator calibrator, Func<double, bool> ages) => OwnerEvaluation.ExpectedCalibrationError(
            test.Where(s => ages(s.AgeDays)).Select(s => (calibrator.Apply(s.Probabilities, s.AgeDays).Max(), s.Correct)).ToList());
        Assert.True(aging.AgingPerYear > 0.3, $"aging {aging.AgingPerYear:F3}");
        Assert.Equal(0, fixedTemperature.AgingPerYear);
        // The newest and the oldest tickets are where one temperature for all ages is wrong.
        Assert.True(Ece(aging, a => a < 180) < Ece(fixedTemperature, a => a < 180), "young tickets");
        Assert.True(Ece(aging, a => a > 550) < Ece(fixedTemperature, a => a > 550), "old tickets");
        Assert.True(aging.TemperatureAt(365) > aging.TemperatureAt(0));
        Assert.Equal(aging.TemperatureAt(0), aging.TemperatureAt(-30)); // tickets older than the model are not "younger than new"
        Assert.Equal(aging.TemperatureAt(ProbabilityCalibrator.MaxAgeDays), aging.TemperatureAt(9 * 365)); // no extrapolation past two years
    }

    [Fact]
    public void NoAgingIsAssumedWhereTheModelDoesNotAge()
    {
        var steady = OverconfidentSet(2000, seed: 5).Select((s, i) => ((IReadOnlyList<double>)s.Probabilities, s.Correct, AgeDays: (double)(i % 365))).ToList();

        var calibrator = ProbabilityCalibrator.Fit(steady);

        Assert.True(calibrator.AgingPerYear < 0.1, $"aging {calibrator.AgingPerYear:F3}");
    }

    [Fact]
    public void AHeldOutSliceOfAFewDaysCannotShowAging()
    {
        var shortSlice = AgingSet(2000, seed: 6, maxAgeDays: 20).Select(s => ((IReadOnlyList<double>)s.Probabilities, s.Correct, s.AgeDays)).ToList();

        Assert.Equal(0, ProbabilityCalibrator.Fit(shortSlice).AgingPerYear);
    }

    [Fact]
    public void TheNewOwnerShareIsTakenOffEveryOwnerLastAndKeepsTheRanking()
    {
        var calibrator = new ProbabilityCalibrator(1.0).WithNewOwners(new NewOwnerRate(Math.Log(2)));
        double[] probabilities = [0.1, 0.6, 0.0, 0.3];

        var today = calibrator.Apply(probabilities, ageDays: 0);
        var aYearOn = calibrator.Apply(probabilities, ageDays: 365.25);

        Assert.Equal(probabilities, today.Select(p => Math.Round(p, 12)));
        // A year on, half the tickets belong to owners the model never saw: the other half shares what it knew.
        Assert.Equal([0.05, 0.3, 0.0, 0.15], aYearOn.Select(p => Math.Round(p, 12)));
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
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProbabilityCalibrator(1, agingPerYear: -0.1));
    }
}
