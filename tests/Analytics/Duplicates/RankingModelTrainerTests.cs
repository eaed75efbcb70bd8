using Reporting.Analytics.Duplicates;

namespace Reporting.Analytics.Tests.Duplicates;

public class RankingModelTrainerTests
{
    [Fact]
    public void LearnsThatTheInformativeFeatureMatters()
    {
        var random = new Random(7);
        var examples = new List<LabelledPair>();
        for (var i = 0; i < 2000; i++)
        {
            var duplicate = random.NextDouble() < 0.2;
            var features = new double[Enum.GetValues<PairFeature>().Length];
            features[(int)PairFeature.SummaryToSummary] = (duplicate ? 0.6 : 0.2) + (random.NextDouble() * 0.3);
            features[(int)PairFeature.SameProduct] = random.NextDouble() < 0.5 ? 1 : 0;
            examples.Add(new LabelledPair(features, duplicate));
        }

        var model = RankingModelTrainer.Train(examples, [PairFeature.SummaryToSummary, PairFeature.SameProduct]);

        Assert.True(model.Weight(PairFeature.SummaryToSummary) > 5);
        Assert.True(Math.Abs(model.Weight(PairFeature.SameProduct)) < 1);
        Assert.Equal(0, model.Weight(PairFeature.BodyToBody));
        var strong = new double[Enum.GetValues<PairFeature>().Length];
        strong[(int)PairFeature.SummaryToSummary] = 0.85;
        Assert.True(RankingModel.Sigmoid(model.Score(strong)) > 0.9);
    }

    [Fact]
    public void RefusesOneClassData()
    {
        var only = new List<LabelledPair> { new(new double[Enum.GetValues<PairFeature>().Length], false) };

        Assert.Throws<ArgumentException>(() => RankingModelTrainer.Train(only, [PairFeature.SummaryToSummary]));
    }
}
