using Reporting.Analytics.Duplicates;

namespace Reporting.Analytics.Tests.Duplicates;

public class GroupIdAssignerTests
{
    [Fact]
    public void FirstRunNamesGroupsAfterTheirEarliestTicket()
    {
        var ids = GroupIdAssigner.Assign([["T-1", "T-5"], ["T-2"]], null);

        Assert.Equal(["RB-T-1", "RB-T-2"], ids);
    }

    [Fact]
    public void GroupHoldingAMajorityOfAPreviousGroupKeepsItsId()
    {
        var previous = new Dictionary<string, string> { ["T-1"] = "G-7", ["T-2"] = "G-7", ["T-3"] = "G-7", ["T-4"] = "G-9" };

        // T-1..T-3 were G-7; now T-0 (new, earlier) joins them and T-3 leaves.
        var ids = GroupIdAssigner.Assign([["T-0", "T-1", "T-2"], ["T-3"], ["T-4", "T-8"]], previous);

        Assert.Equal(["G-7", "RB-T-3", "G-9"], ids);
    }

    [Fact]
    public void MergedGroupKeepsTheIdWithTheLargerOverlapAndTheOtherIsRetired()
    {
        var previous = new Dictionary<string, string> { ["a"] = "G-1", ["b"] = "G-1", ["c"] = "G-1", ["d"] = "G-2", ["e"] = "G-2" };

        var ids = GroupIdAssigner.Assign([["a", "b", "c", "d", "e"]], previous);

        Assert.Equal(["G-1"], ids);
    }

    [Fact]
    public void EvenSplitGivesNeitherHalfThePreviousId()
    {
        var previous = new Dictionary<string, string> { ["a"] = "G-1", ["b"] = "G-1", ["c"] = "G-1", ["d"] = "G-1" };

        var ids = GroupIdAssigner.Assign([["a", "b"], ["c", "d"]], previous);

        Assert.Equal(["RB-a", "RB-c"], ids);
    }

    [Fact]
    public void MintedIdsNeverCollideWithInheritedOnes()
    {
        var previous = new Dictionary<string, string> { ["x"] = "RB-a", ["y"] = "RB-a" };

        var ids = GroupIdAssigner.Assign([["a"], ["x", "y"]], previous);

        Assert.Equal(["RB-a~2", "RB-a"], ids);
    }
}
