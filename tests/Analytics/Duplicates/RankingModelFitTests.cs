using Reporting.Analytics.Duplicates;

namespace Reporting.Analytics.Tests.Duplicates;

public class RankingModelFitTests
{
    private static readonly int FeatureCount = Enum.GetValues<PairFeature>().Length;
    private static readonly DateTime Cutoff = new(2014, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void PoolRankingCountsTheFirstDuplicateInTheTopTenOnly()
    {
        var model = RankingModel.FromWeights(0, new Dictionary<PairFeature, double> { [PairFeature.TextCosine] = 1 });
        CandidatePool[] pools =
        [
            Pool("a", Cutoff, (0.9, false), (0.8, true)),                       // rank 2
            Pool("b", Cutoff, (0.9, true), (0.1, false)),                       // rank 1
            Pool("c", Cutoff, [.. Enumerable.Range(0, 11).Select(i => (1.0 - (i * 0.01), i == 10))]), // rank 11: a miss
        ];

        var scores = PoolRanking.Score(pools, model);

        Assert.Equal(new RankingScores(3, 1 / 3.0, 2 / 3.0, 2 / 3.0, (0.5 + 1) / 3), scores);
    }

    [Fact]
    public void FitsOnTheQueriesBeforeTheCutoffOnlyAndLeavesOutWhatTheSignsForbid()
    {
        // Before the cutoff the duplicate has the higher cosine and a lower SummaryBigrams; after it, the opposite
        // of both, so a fit that peeked at the later queries would differ.
        var random = new Random(9);
        var pools = new List<CandidatePool>();
        for (var q = 0; q < 200; q++)
        {
            var before = q < 100;
            var created = before ? Cutoff.AddDays(-q - 1) : Cutoff.AddDays(q);
            var candidates = new List<(double Cosine, double Bigrams, bool Duplicate)>();
            for (var c = 0; c < 20; c++)
            {
                var duplicate = c == 0;
                var cosine = (duplicate == before ? 0.5 : 0) + (random.NextDouble() * 0.5);
                var bigrams = (duplicate == before ? 0 : 0.5) + (random.NextDouble() * 0.5);
                candidates.Add((cosine, bigrams, duplicate));
            }

            pools.Add(new CandidatePool("q" + q, created, candidates
                .Select((c, i) => new PoolCandidate("q" + q + "-" + i, created.AddDays(-1 - i), Features(c.Cosine, c.Bigrams), c.Duplicate))
                .ToList()));
        }

        var report = RankingModelFit.Fit(pools, Cutoff);

        Assert.Equal(100, report.TuningQueries);
        Assert.Equal(2000, report.TuningPairs);
        Assert.Equal(100, report.LaterQueries);
        Assert.True(report.Reranker.Fitted.Weight(PairFeature.TextCosine) > 0);
        Assert.Equal(0, report.Reranker.Fitted.Weight(PairFeature.SummaryBigrams));
        Assert.Contains(PairFeature.SummaryBigrams, report.Reranker.LeftOut);
        Assert.Equal(0, report.LinkModel.Fitted.Weight(PairFeature.RelativeToBest));
        Assert.DoesNotContain(PairFeature.RelativeToBest, RankingModelFit.LinkCandidates);
        Assert.True(report.Reranker.FittedTuning.RecallAt1 > 0.9);
        Assert.True(report.Reranker.FittedLater.RecallAt1 < 0.1);
    }

    private static double[] Features(double cosine, double bigrams)
    {
        var features = new double[FeatureCount];
        features[(int)PairFeature.TextCosine] = cosine;
        features[(int)PairFeature.SummaryBigrams] = bigrams;
        return features;
    }

    private static CandidatePool Pool(string id, DateTime created, params (double Cosine, bool Duplicate)[] candidates) =>
        new(id, created, candidates.Select((c, i) => new PoolCandidate(id + i, created.AddDays(-1 - i), Features(c.Cosine, 0), c.Duplicate)).ToList());
}
