using Reporting.Analytics.Duplicates;

namespace Reporting.Analytics.Tests.Duplicates;

public class DuplicateEvaluationTests
{
    private static readonly DateTime Day = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void RecallAndMrrMatchHandComputedValues()
    {
        // Ranks 1, 3, missing, 6, 2: R@1 = 1/5, R@5 = 3/5, R@10 = 4/5, MRR = (1 + 1/3 + 0 + 1/6 + 1/2) / 5 = 0.4.
        var scores = DuplicateEvaluation.ScoreRankings([1, 3, null, 6, 2]);

        Assert.Equal(5, scores.Queries);
        Assert.Equal(0.2, scores.RecallAt1, 10);
        Assert.Equal(0.6, scores.RecallAt5, 10);
        Assert.Equal(0.8, scores.RecallAt10, 10);
        Assert.Equal(0.4, scores.MeanReciprocalRank, 10);
    }

    [Fact]
    public void NoQueriesScoreZero()
    {
        Assert.Equal(new RankingScores(0, 0, 0, 0, 0), DuplicateEvaluation.ScoreRankings([]));
    }

    [Fact]
    public void FirstRelevantRankIsOneBased()
    {
        var relevant = new HashSet<string> { "b", "d" };

        Assert.Equal(2, DuplicateEvaluation.FirstRelevantRank(["a", "b", "c", "d"], relevant));
        Assert.Null(DuplicateEvaluation.FirstRelevantRank(["a", "c"], relevant));
    }

    [Fact]
    public void PairwiseScoresMatchHandComputedValues()
    {
        // Truth: {a,b,c} and {d,e}, f alone → 3 + 1 = 4 pairs. Predicted: {a,b}, {c,d}, {e,f} → 3 pairs, only (a,b) right.
        // P = 1/3, R = 1/4, F1 = 2PR/(P+R) = 2/7.
        var ids = new[] { "a", "b", "c", "d", "e", "f" };
        DuplicateLink[] links = [new("a", "b"), new("b", "c"), new("d", "e")];
        var predicted = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2", ["d"] = "2", ["e"] = "3", ["f"] = "3" };

        var scores = DuplicateEvaluation.ScorePairs(ids, links, predicted);

        Assert.Equal(4, scores.TruePairs);
        Assert.Equal(3, scores.PredictedPairs);
        Assert.Equal(1, scores.SharedPairs);
        Assert.Equal(1.0 / 3, scores.Precision, 10);
        Assert.Equal(0.25, scores.Recall, 10);
        Assert.Equal(2.0 / 7, scores.F1, 10);
    }

    [Fact]
    public void TicketsMissingFromAPartitionAreSingletonsAndLinksOutsideTheInputAreIgnored()
    {
        var ids = new[] { "a", "b", "c" };
        DuplicateLink[] links = [new("a", "b"), new("c", "zz-not-in-input")];

        var scores = DuplicateEvaluation.ScorePairs(ids, links, new Dictionary<string, string> { ["a"] = "g", ["b"] = "g" });

        Assert.Equal(1, scores.TruePairs);
        Assert.Equal(1.0, scores.F1, 10);
    }

    [Fact]
    public void QueriesAreTicketsLinkedToStrictlyOlderTicketsInTheInput()
    {
        DuplicateCandidate T(string id, int day) => new(id, Day.AddDays(day), id, string.Empty, null, null, [], null);
        var tickets = new[] { T("old", 0), T("mid", 5), T("new", 9), T("twin", 9), T("alone", 3) };
        DuplicateLink[] links = [new("old", "new"), new("mid", "new"), new("new", "twin"), new("alone", "outside")];

        var queries = DuplicateEvaluation.BuildQueries(tickets, links);

        var query = Assert.Single(queries);
        Assert.Equal("new", query.QueryId);
        Assert.Equal(new HashSet<string> { "old", "mid" }, query.OlderDuplicateIds);
    }
}
