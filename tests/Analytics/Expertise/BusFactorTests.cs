using Reporting.Analytics.Expertise;

namespace Reporting.Analytics.Tests.Expertise;

public class BusFactorTests
{
    private static IReadOnlySet<string> Set(params string[] tickets) => tickets.ToHashSet();

    [Fact]
    public void The_smallest_cover_is_found_where_picking_the_largest_first_would_take_one_more()
    {
        // Greedy takes {1,2,3,4} then needs two more; {1,2,5} and {3,4,6} cover all six.
        Assert.Equal(2, BusFactor.Of([Set("1", "2", "3", "4"), Set("1", "2", "5"), Set("3", "4", "6")], 6, 1.0));
    }

    [Theory]
    [InlineData(0.9, 4)]
    [InlineData(0.8, 3)]
    [InlineData(0.5, 2)]
    [InlineData(0.3, 1)]
    public void Disjoint_people_are_added_largest_first_until_the_share_is_covered(double coverage, int expected) =>
        // 10 tickets over people with 3, 3, 2, 1 and 1: 80% is 8 = 3 + 3 + 2; 90% is 9; half is 5 > 3.
        Assert.Equal(expected, BusFactor.Of(
            [Set("a", "b", "c"), Set("d", "e", "f"), Set("g", "h"), Set("i"), Set("j")], 10, coverage));

    [Fact]
    public void Nobody_handled_anything_gives_no_bus_factor() => Assert.Null(BusFactor.Of([], 0, 0.8));
}
