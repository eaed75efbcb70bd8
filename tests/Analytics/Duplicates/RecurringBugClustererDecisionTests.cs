using Reporting.Analytics.Duplicates;

namespace Reporting.Analytics.Tests.Duplicates;

/// <summary>The clusterer honours people's grouping decisions: pairs kept apart, pairs joined, tickets moved or split, ids kept across merges.</summary>
public class RecurringBugClustererDecisionTests
{
    private static readonly ClusteringOptions Options = new() { LinkProbability = 0.5 };
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    // a-b-c-d is one chain of best links; c→b (0.7) is its weakest.
    private static readonly string[] Chain = ["a", "b", "c", "d"];
    private static readonly NeighbourLink[] ChainLinks = [new("b", "a", 0.8), new("c", "b", 0.7), new("d", "c", 0.8)];

    // Two pairs with no link across.
    private static readonly NeighbourLink[] PairLinks = [new("b", "a", 0.8), new("d", "c", 0.8)];

    [Fact]
    public void A_pair_marked_not_duplicate_is_separated_where_the_chain_between_them_is_weakest()
    {
        var constraints = Resolve(Decision(GroupingDecisionKind.NotDuplicate, "a", "d", 0));

        var without = RecurringBugClusterer.GroupLinks(Chain, ChainLinks, Options);
        var with = RecurringBugClusterer.GroupLinks(Chain, ChainLinks, Options, constraints);

        Assert.Equal([["a", "b", "c", "d"]], without);
        Assert.Equal([["a", "b"], ["c", "d"]], with);
    }

    [Fact]
    public void A_pair_marked_not_duplicate_is_not_joined_again_by_corroborating_links()
    {
        // Three tickets of the later fragment link back at 0.45, 0.7 and 0.75: enough to merge the fragments (1 − 0.55 × 0.3 × 0.25 = 0.959).
        string[] ids = ["a", "b", "c", "d", "e", "f"];
        NeighbourLink[] links =
        [
            new("b", "a", 0.8), new("c", "b", 0.8), new("e", "d", 0.8), new("f", "e", 0.8),
            new("e", "b", 0.7), new("f", "c", 0.75), new("d", "a", 0.45),
        ];

        var with = RecurringBugClusterer.GroupLinks(ids, links, Options, Resolve(Decision(GroupingDecisionKind.NotDuplicate, "f", "a", 0)));

        Assert.Single(RecurringBugClusterer.GroupLinks(ids, links, Options));
        Assert.Equal([["a", "b", "c"], ["d", "e", "f"]], with);
    }

    [Fact]
    public void A_merge_joins_two_groups_with_no_link_between_them()
    {
        var constraints = Resolve(Decision(GroupingDecisionKind.Merge, "c", "a", 0));

        var with = RecurringBugClusterer.GroupLinks(Chain, PairLinks, Options, constraints);

        Assert.Equal([["a", "b"], ["c", "d"]], RecurringBugClusterer.GroupLinks(Chain, PairLinks, Options));
        Assert.Equal([["a", "b", "c", "d"]], with);
    }

    [Fact]
    public void Same_bug_moves_the_ticket_without_dragging_its_old_group_along()
    {
        var constraints = Resolve(Decision(GroupingDecisionKind.SameBug, "d", "b", 0));

        var with = RecurringBugClusterer.GroupLinks(Chain, PairLinks, Options, constraints);

        Assert.Equal([["a", "b", "d"], ["c"]], with);
    }

    [Fact]
    public void The_latest_decision_about_a_pair_wins_whichever_ticket_it_was_recorded_on()
    {
        var apartThenSame = Resolve(
            Decision(GroupingDecisionKind.NotDuplicate, "a", "c", 0),
            Decision(GroupingDecisionKind.Merge, "c", "a", 1));
        var sameThenApart = Resolve(
            Decision(GroupingDecisionKind.Merge, "c", "a", 0),
            Decision(GroupingDecisionKind.NotDuplicate, "a", "c", 1));

        Assert.Equal([["a", "b", "c", "d"]], RecurringBugClusterer.GroupLinks(Chain, PairLinks, Options, apartThenSame));
        Assert.Equal([["a", "b"], ["c", "d"]], RecurringBugClusterer.GroupLinks(Chain, PairLinks, Options, sameThenApart));
        Assert.Equal([["a", "b", "c", "d"]], RecurringBugClusterer.GroupLinks(Chain, ChainLinks, Options, apartThenSame));
        Assert.Equal([["a", "b"], ["c", "d"]], RecurringBugClusterer.GroupLinks(Chain, ChainLinks, Options, sameThenApart));
    }

    [Fact]
    public void A_chain_of_same_bug_decisions_does_not_overrule_a_not_duplicate()
    {
        // a ~ c and c ~ b were said to be one bug, but a and b not: the newer must-link is kept, the one closing the loop is dropped.
        var constraints = Resolve(
            Decision(GroupingDecisionKind.NotDuplicate, "a", "b", 0),
            Decision(GroupingDecisionKind.Merge, "a", "c", 1),
            Decision(GroupingDecisionKind.Merge, "c", "b", 2));

        var groups = RecurringBugClusterer.GroupLinks(["a", "b", "c"], [], Options, constraints);

        Assert.Equal([["a"], ["b", "c"]], groups);
    }

    [Fact]
    public void A_split_ticket_stays_out_of_its_group_until_a_later_decision_moves_it()
    {
        var split = Resolve(Decision(GroupingDecisionKind.Split, "c", "RB-a", 0));
        var splitThenMoved = Resolve(Decision(GroupingDecisionKind.Split, "c", "RB-a", 0), Decision(GroupingDecisionKind.SameBug, "c", "a", 1));
        var movedThenSplit = Resolve(Decision(GroupingDecisionKind.SameBug, "c", "a", 0), Decision(GroupingDecisionKind.Split, "c", "RB-a", 1));

        // Its links are not used: b and d, which reached each other only through c, fall apart too.
        Assert.Equal([["a", "b"], ["c"], ["d"]], RecurringBugClusterer.GroupLinks(Chain, ChainLinks, Options, split));
        Assert.Equal([["a", "b", "c"], ["d"]], RecurringBugClusterer.GroupLinks(Chain, ChainLinks, Options, splitThenMoved));
        Assert.Equal([["a", "b"], ["c"], ["d"]], RecurringBugClusterer.GroupLinks(Chain, ChainLinks, Options, movedThenSplit));
    }

    [Fact]
    public void Must_links_join_whole_groups_past_the_size_cap_that_automatic_links_respect()
    {
        var capped = Options with { MaxGroupSize = 2 };

        var groups = RecurringBugClusterer.GroupLinks(Chain, ChainLinks, capped, Resolve(Decision(GroupingDecisionKind.Merge, "d", "a", 0)));

        Assert.Equal([["a", "b"], ["c", "d"]], RecurringBugClusterer.GroupLinks(Chain, ChainLinks, capped));
        Assert.Equal([["a", "b", "c", "d"]], groups);
    }

    [Fact]
    public void Planted_families_marked_apart_split_and_the_part_holding_most_of_the_group_keeps_its_id()
    {
        var tickets = TicketFixtures.PlantedFamilies();
        using var first = RecurringBugClusterer.Recluster(tickets, Options);
        var constraints = Resolve(Decision(GroupingDecisionKind.NotDuplicate, "nn-3", "nn-1", 0));

        using var second = RecurringBugClusterer.Recluster(tickets, Options, first.GroupOfTicket, constraints);

        Assert.Equal("RB-nn-1", first.GroupOfTicket["nn-3"]);
        Assert.NotEqual(second.GroupOfTicket["nn-1"], second.GroupOfTicket["nn-3"]);
        var kept = second.Groups().Single(g => g.GroupId == "RB-nn-1");
        Assert.Equal(["nn-1", "nn-2"], kept.TicketIds);
        Assert.Equal(["nn-3"], second.Groups(minimumSize: 1).Single(g => g.TicketIds.Contains("nn-3")).TicketIds);
    }

    [Fact]
    public void Merged_groups_keep_the_id_of_the_larger_group()
    {
        var tickets = TicketFixtures.PlantedFamilies();
        using var first = RecurringBugClusterer.Recluster(tickets, Options);
        // The merge is recorded on the smaller group's representative, naming the larger group's.
        var constraints = Resolve(Decision(GroupingDecisionKind.Merge, "ui-2", "nn-3", 0));

        using var merged = RecurringBugClusterer.Recluster(tickets, Options, first.GroupOfTicket, constraints);
        using var again = RecurringBugClusterer.Recluster(tickets, Options, merged.GroupOfTicket, constraints);

        Assert.Equal(("RB-nn-1", "RB-ui-1"), (first.GroupOfTicket["nn-1"], first.GroupOfTicket["ui-1"]));
        var group = merged.Groups().Single(g => g.TicketIds.Contains("ui-1"));
        Assert.Equal("RB-nn-1", group.GroupId);
        Assert.Equal(["nn-1", "ui-1", "nn-2", "ui-2", "nn-3"], group.TicketIds);
        Assert.Equal(merged.GroupOfTicket, again.GroupOfTicket);
        Assert.DoesNotContain(merged.Groups(), g => g.GroupId == "RB-ui-1");
    }

    [Fact]
    public void Groups_as_large_as_each_other_keep_the_older_id_when_merged()
    {
        // The older group (first ticket a) has the lexically larger id.
        var previous = new Dictionary<string, string> { ["a"] = "RB-z", ["b"] = "RB-z", ["c"] = "RB-b", ["d"] = "RB-b" };
        var groups = RecurringBugClusterer.GroupLinks(Chain, PairLinks, Options, Resolve(Decision(GroupingDecisionKind.Merge, "d", "a", 0)));

        var ids = GroupIdAssigner.Assign(groups, previous);

        Assert.Equal(["RB-z"], ids);
    }

    private static GroupingConstraints Resolve(params GroupingDecision[] decisions) => GroupingConstraints.Resolve(decisions);

    private static GroupingDecision Decision(GroupingDecisionKind kind, string ticket, string other, int minutes) =>
        new(kind, ticket, other, Monday.AddMinutes(minutes));
}
