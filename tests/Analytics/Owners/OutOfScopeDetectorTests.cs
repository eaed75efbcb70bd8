using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public class OutOfScopeDetectorTests
{
    private static readonly TrainingVocabulary Vocabulary = TrainingVocabulary.Build(
        [
            ["disk", "full", "server", "the"],
            ["disk", "slow", "server"],
            ["login", "fails", "server"],
            ["login", "password", "reset"],
        ],
        minDocumentFrequency: 2);

    [Fact]
    public void VocabularyKeepsContentWordsSeenOftenEnough()
    {
        Assert.Equal(4, Vocabulary.DocumentCount);
        Assert.True(Vocabulary.Contains("disk"));
        Assert.True(Vocabulary.Contains("server"));
        Assert.False(Vocabulary.Contains("slow"));   // seen once
        Assert.False(Vocabulary.Contains("the"));    // stop word
        Assert.Equal(3, Vocabulary.DocumentFrequencies["server"]);
    }

    [Fact]
    public void UnknownShareCountsDistinctContentWords()
    {
        var (share, count) = Vocabulary.UnknownShare(["disk", "disk", "oven", "the", "flour"]);

        Assert.Equal(3, count);
        Assert.Equal(2.0 / 3, share, 10);
    }

    [Fact]
    public void FlagsUnknownTextAndEmptyText()
    {
        var detector = new OutOfScopeDetector(Vocabulary, unknownShareThreshold: 0.5);

        Assert.False(detector.Check(["disk", "full", "server"]).OutOfScope);
        Assert.True(detector.Check(["preheat", "oven", "flour", "disk"]).OutOfScope);
        Assert.True(detector.Check([]).OutOfScope);
        Assert.True(detector.Check(["the", "a"]).OutOfScope);
    }

    [Fact]
    public void ThresholdIsAHeldOutQuantileCappedByCeiling()
    {
        var shares = Enumerable.Range(0, 100).Select(i => i / 200.0).ToList(); // 0 .. 0.495

        Assert.Equal(0.445, OutOfScopeDetector.FitThreshold(shares, 0.9, ceiling: 0.6), 10);
        Assert.Equal(0.3, OutOfScopeDetector.FitThreshold(shares, 0.99, ceiling: 0.3), 10);
        Assert.Equal(0.6, OutOfScopeDetector.FitThreshold([], 0.99, ceiling: 0.6), 10);
        Assert.Equal(0.35, OutOfScopeDetector.FitThreshold([0, 0, 0], 0.99, ceiling: 0.6, floor: 0.35), 10);
    }
}
