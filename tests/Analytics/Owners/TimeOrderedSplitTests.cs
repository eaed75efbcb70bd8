using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public class TimeOrderedSplitTests
{
    [Fact]
    public void OldestFloorShareGoesFirstInTimeOrder()
    {
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var examples = new[] { 5, 1, 4, 2, 3, 0, 6 }
            .Select(d => SyntheticTickets.Example($"T{d}", start.AddDays(d), "s", "b", "owner"))
            .ToList();

        var (earlier, later) = TimeOrderedSplit.Split(examples, 0.8);

        Assert.Equal(5, earlier.Count); // floor(7 * 0.8)
        Assert.Equal(["T0", "T1", "T2", "T3", "T4"], earlier.Select(e => e.Id));
        Assert.Equal(["T5", "T6"], later.Select(e => e.Id));
    }

    [Fact]
    public void TiesKeepInputOrder()
    {
        var when = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var examples = new[] { "b", "a", "c" }.Select(id => SyntheticTickets.Example(id, when, "s", "b", "o")).ToList();

        var (earlier, later) = TimeOrderedSplit.Split(examples, 0.5);

        Assert.Equal(["b"], earlier.Select(e => e.Id));
        Assert.Equal(["a", "c"], later.Select(e => e.Id));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void RejectsFractionsOutsideZeroToOne(double fraction)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeOrderedSplit.Split(Array.Empty<OwnerTrainingExample>(), fraction));
    }
}
