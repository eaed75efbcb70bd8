using Reporting.Analytics.Duplicates;

namespace Reporting.Analytics.Tests.Duplicates;

public class RankingModelTrainerTests
{
    private static readonly int FeatureCount = Enum.GetValues<PairFeature>().Length;

    [Fact]
    public void LearnsThatTheInformativeFeatureMatters()
    {
        var random = new Random(7);
        var examples = new List<LabelledPair>();
        for (var i = 0; i < 2000; i++)
        {
            var duplicate = random.NextDouble() < 0.2;
            var features = new double[FeatureCount];
            features[(int)PairFeature.SummaryToSummary] = (duplicate ? 0.6 : 0.2) + (random.NextDouble() * 0.3);
            features[(int)PairFeature.SameProduct] = random.NextDouble() < 0.5 ? 1 : 0;
            examples.Add(new LabelledPair(features, duplicate));
        }

        var model = RankingModelTrainer.Train(examples, [PairFeature.SummaryToSummary, PairFeature.SameProduct]);

        Assert.True(model.Weight(PairFeature.SummaryToSummary) > 5);
        Assert.True(Math.Abs(model.Weight(PairFeature.SameProduct)) < 1);
        Assert.Equal(0, model.Weight(PairFeature.BodyToBody));
        var strong = new double[FeatureCount];
        strong[(int)PairFeature.SummaryToSummary] = 0.85;
        Assert.True(RankingModel.Sigmoid(model.Score(strong)) > 0.9);
    }

    [Fact]
    public void RecoversTheSignsAndOrderOfAKnownModel()
    {
        // Labels drawn from bias -3, TextCosine +6, SameProduct +1.5, DaysApartLog -4.
        var examples = Sample(20_000, seed: 11, (f, r) =>
        {
            f[(int)PairFeature.TextCosine] = r.NextDouble();
            f[(int)PairFeature.SameProduct] = r.NextDouble() < 0.5 ? 1 : 0;
            f[(int)PairFeature.DaysApartLog] = r.NextDouble();
            return -3 + (6 * f[(int)PairFeature.TextCosine]) + (1.5 * f[(int)PairFeature.SameProduct]) - (4 * f[(int)PairFeature.DaysApartLog]);
        });

        var model = RankingModelTrainer.Train(examples, [PairFeature.TextCosine, PairFeature.SameProduct, PairFeature.DaysApartLog]);

        Assert.InRange(model.Weight(PairFeature.TextCosine), 5.5, 6.5);
        Assert.InRange(model.Weight(PairFeature.SameProduct), 1.3, 1.7);
        Assert.InRange(model.Weight(PairFeature.DaysApartLog), -4.5, -3.5);
        Assert.InRange(model.Bias, -3.4, -2.6);
    }

    [Fact]
    public void SignConstraintsDropFeaturesThatWouldCountAgainstAndKeepAllowedNegatives()
    {
        // SharedTopFrames truly counts against a duplicate here, but it is constrained to be non-negative:
        // the constrained fit leaves it out; DaysApartLog may be negative and keeps its negative weight.
        var examples = Sample(10_000, seed: 5, (f, r) =>
        {
            f[(int)PairFeature.TextCosine] = r.NextDouble();
            f[(int)PairFeature.SharedTopFrames] = r.NextDouble();
            f[(int)PairFeature.DaysApartLog] = r.NextDouble();
            return -2 + (5 * f[(int)PairFeature.TextCosine]) - (2 * f[(int)PairFeature.SharedTopFrames]) - (3 * f[(int)PairFeature.DaysApartLog]);
        });
        PairFeature[] features = [PairFeature.TextCosine, PairFeature.SharedTopFrames, PairFeature.DaysApartLog];
        PairFeature[] nonNegative = [PairFeature.TextCosine, PairFeature.SharedTopFrames];

        var free = RankingModelTrainer.Train(examples, features);
        var constrained = RankingModelTrainer.TrainSignConstrained(examples, features, nonNegative);

        Assert.True(free.Weight(PairFeature.SharedTopFrames) < -1);
        Assert.Equal(0, constrained.Weight(PairFeature.SharedTopFrames));
        Assert.True(constrained.Weight(PairFeature.DaysApartLog) < -2);
        Assert.True(constrained.Weight(PairFeature.TextCosine) > 4);
    }

    [Fact]
    public void RefusesOneClassData()
    {
        var only = new List<LabelledPair> { new(new double[FeatureCount], false) };

        Assert.Throws<ArgumentException>(() => RankingModelTrainer.Train(only, [PairFeature.SummaryToSummary]));
    }

    /// <summary>Pairs whose label is drawn from sigmoid(logit(features)), features filled by <paramref name="fill"/>.</summary>
    private static List<LabelledPair> Sample(int count, int seed, Func<double[], Random, double> fill)
    {
        var random = new Random(seed);
        var examples = new List<LabelledPair>(count);
        for (var i = 0; i < count; i++)
        {
            var features = new double[FeatureCount];
            var logit = fill(features, random);
            examples.Add(new LabelledPair(features, random.NextDouble() < RankingModel.Sigmoid(logit)));
        }

        return examples;
    }
}
