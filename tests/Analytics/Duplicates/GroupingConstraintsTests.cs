using Reporting.Analytics.Duplicates;

namespace Reporting.Analytics.Tests.Duplicates;

/// <summary>How people's grouping decisions reduce to must-links, cannot-links and placed tickets.</summary>
public class GroupingConstraintsTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Only_the_latest_decision_about_each_pair_counts()
    {
        var constraints = GroupingConstraints.Resolve(
        [
            new(GroupingDecisionKind.SameBug, "x", "y", Monday),
            new(GroupingDecisionKind.NotDuplicate, "y", "x", Monday.AddHours(1)),
            new(GroupingDecisionKind.NotDuplicate, "p", "q", Monday),
            new(GroupingDecisionKind.Merge, "q", "p", Monday.AddHours(2)),
            new(GroupingDecisionKind.NotDuplicate, "m", "n", Monday.AddHours(3)),
        ]);

        Assert.Equal([("q", "p")], constraints.MustLink);
        Assert.Equal([("y", "x"), ("m", "n")], constraints.CannotLink);
        Assert.Empty(constraints.Placed);
    }

    [Fact]
    public void Decisions_of_the_same_moment_count_in_the_order_given()
    {
        var constraints = GroupingConstraints.Resolve(
        [
            new(GroupingDecisionKind.NotDuplicate, "x", "y", Monday),
            new(GroupingDecisionKind.SameBug, "x", "y", Monday),
        ]);

        Assert.Equal([("x", "y")], constraints.MustLink);
        Assert.Empty(constraints.CannotLink);
    }

    [Fact]
    public void Moved_and_split_tickets_are_placed_and_merges_place_none()
    {
        var constraints = GroupingConstraints.Resolve(
        [
            new(GroupingDecisionKind.SameBug, "moved", "target", Monday),
            new(GroupingDecisionKind.Split, "split", "RB-1", Monday),
            new(GroupingDecisionKind.Merge, "rep-b", "rep-a", Monday),
        ]);

        Assert.Equal(["moved", "split"], constraints.Placed.Order(StringComparer.Ordinal));
        Assert.Equal([("rep-b", "rep-a"), ("moved", "target")], constraints.MustLink);
    }

    [Fact]
    public void A_split_voids_older_moves_of_the_ticket_and_yields_to_newer_ones()
    {
        var constraints = GroupingConstraints.Resolve(
        [
            new(GroupingDecisionKind.SameBug, "t", "old", Monday),
            new(GroupingDecisionKind.Merge, "other", "t", Monday),
            new(GroupingDecisionKind.Split, "t", "RB-old", Monday.AddHours(1)),
            new(GroupingDecisionKind.Split, "u", "RB-old", Monday.AddHours(1)),
            new(GroupingDecisionKind.SameBug, "u", "new", Monday.AddHours(2)),
        ]);

        Assert.Equal([("u", "new")], constraints.MustLink);
        Assert.Equal(["t", "u"], constraints.Placed.Order(StringComparer.Ordinal));
    }
}
