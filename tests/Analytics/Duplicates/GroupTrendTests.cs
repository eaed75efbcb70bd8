using Reporting.Analytics.Duplicates;

namespace Reporting.Analytics.Tests.Duplicates;

public class GroupTrendTests
{
    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2 }, GroupTrend.New)]
    [InlineData(new[] { 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2 }, GroupTrend.Regressed)]
    [InlineData(new[] { 0, 1, 0, 1, 0, 1, 1, 0, 1, 2, 3, 2 }, GroupTrend.Growing)]
    [InlineData(new[] { 0, 1, 1, 1, 2, 1, 2, 1, 1, 2, 1, 2 }, GroupTrend.Steady)]
    [InlineData(new[] { 0, 1, 1, 1, 3, 3, 2, 2, 1, 0, 1, 0 }, GroupTrend.Fading)]
    [InlineData(new[] { 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, GroupTrend.Fading)]
    [InlineData(new[] { 0, 0, 0, 0 }, GroupTrend.Fading)]
    public void ClassifiesSyntheticWeeks(int[] weeks, GroupTrend expected)
    {
        Assert.Equal(expected, GroupTrendClassifier.Classify(weeks));
    }

    [Fact]
    public void WalksThroughTheLifeOfAGroup()
    {
        // One group's weekly counts as the weeks go by: appears, grows, holds, fades, goes quiet, returns.
        int[] history = [2, 1, 3, 4, 5, 6, 5, 6, 5, 6, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3];
        var states = new List<GroupTrend>();
        for (var week = 1; week <= history.Length; week++)
        {
            states.Add(GroupTrendClassifier.Classify(history[..week]));
        }

        Assert.Equal(GroupTrend.New, states[0]);
        Assert.Equal(GroupTrend.New, states[3]);
        Assert.Equal(GroupTrend.Growing, states[7]);   // weeks 5-8 (22) vs 1-4 (10)
        Assert.Equal(GroupTrend.Steady, states[9]);    // weeks 7-10 (22) vs 3-6 (18)
        Assert.Equal(GroupTrend.Fading, states[13]);   // weeks 11-14 (3) vs 7-10 (22)
        Assert.Equal(GroupTrend.Fading, states[20]);   // nothing recent
        Assert.Equal(GroupTrend.Regressed, states[23]); // back after 11 quiet weeks
    }

    [Fact]
    public void ShortQuietGapIsNotARegression()
    {
        int[] weeks = [1, 2, 1, 2, 1, 0, 0, 0, 2, 1, 1, 1];

        Assert.NotEqual(GroupTrend.Regressed, GroupTrendClassifier.Classify(weeks));
        Assert.Equal(GroupTrend.Regressed, GroupTrendClassifier.Classify(weeks, new GroupTrendRules { QuietWeeksForRegression = 3 }));
    }

    [Fact]
    public void OneMoreTicketIsNotGrowth()
    {
        Assert.Equal(GroupTrend.Steady, GroupTrendClassifier.Classify([1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0]));
    }

    [Fact]
    public void RejectsNegativeCounts()
    {
        Assert.Throws<ArgumentException>(() => GroupTrendClassifier.Classify([1, -1]));
    }
}
