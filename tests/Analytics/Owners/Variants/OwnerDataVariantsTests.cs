using Reporting.Analytics.Owners;
using Reporting.Analytics.Owners.Variants;

namespace Reporting.Analytics.Tests.Owners.Variants;

/// <summary>
/// The unlike-Jira variants, each on a hand-counted set: what a variant removes is gone from every ticket, the
/// subsamples hold the stated shares exactly, and the seeded choice does not depend on the order tickets come in.
/// </summary>
public class OwnerDataVariantsTests
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Subject_only_empties_every_body_and_puts_the_subject_on_one_line()
    {
        var tickets = WithATwoLineSubject();

        var variant = OwnerDataVariants.SubjectOnly(tickets);

        Assert.Equal(5, variant.Count);
        Assert.All(variant, t => Assert.Equal("", t.Body));
        Assert.Equal("Index stale after reindex", variant[0].Subject);
        Assert.Equal(tickets.Select(t => (t.Id, t.Owner, t.Product, t.Priority)), variant.Select(t => (t.Id, t.Owner, t.Product, t.Priority)));
    }

    [Fact]
    public void No_structured_fields_keeps_only_the_text()
    {
        var tickets = Owners(("search", 3), ("billing", 2));

        var variant = OwnerDataVariants.NoStructuredFields(tickets);

        Assert.Equal(5, variant.Count);
        Assert.All(variant, t => Assert.Equal((null, null, null, null, 0), (t.Product, t.Channel, t.Priority, t.Type, t.Tags.Count)));
        Assert.Equal(tickets.Select(t => (t.Subject, t.Body, t.Owner)), variant.Select(t => (t.Subject, t.Body, t.Owner)));
    }

    [Fact]
    public void One_line_text_only_keeps_the_subject_on_one_line_and_nothing_else()
    {
        var tickets = WithATwoLineSubject();

        var variant = OwnerDataVariants.OneLineTextOnly(tickets);

        Assert.Equal(5, variant.Count);
        Assert.All(variant, t => Assert.Equal(("", null, null, null, null, 0), (t.Body, t.Product, t.Channel, t.Priority, t.Type, t.Tags.Count)));
        Assert.Equal("Index stale after reindex", variant[0].Subject);
        Assert.Equal(tickets.Select(t => (t.Id, t.CreatedAt, t.Owner)), variant.Select(t => (t.Id, t.CreatedAt, t.Owner)));
    }

    [Fact]
    public void Few_dominant_owners_keeps_the_top_three_whole_and_a_third_as_many_others()
    {
        // Top three: 200 + 100 + 100 = 400 tickets; ten others of 30 each. 400/3 = 133 others stay: 400/533 = 0.7505.
        var tickets = Owners([("a", 200), ("b", 100), ("c", 100), .. Enumerable.Range(0, 10).Select(i => ($"other{i}", 30))]);

        var variant = OwnerDataVariants.FewDominantOwners(tickets);

        var top = variant.Count(t => t.Owner is "a" or "b" or "c");
        Assert.Equal((533, 400), (variant.Count, top));
        Assert.InRange(top / (double)variant.Count, 0.75, 0.75 + 1.0 / variant.Count);
        Assert.Equal(variant.OrderBy(t => t.CreatedAt).Select(t => t.Id), variant.Select(t => t.Id));
    }

    [Fact]
    public void Few_dominant_owners_subsamples_the_top_three_when_the_others_are_too_few()
    {
        // 90 top tickets and 5 others: all 5 stay and 15 top tickets go with them, 15/20 = 0.75.
        var tickets = Owners(("a", 30), ("b", 30), ("c", 30), ("d", 5));

        var variant = OwnerDataVariants.FewDominantOwners(tickets);

        Assert.Equal((20, 5), (variant.Count, variant.Count(t => t.Owner == "d")));
    }

    [Fact]
    public void Many_rare_owners_caps_every_owner_below_twenty_tickets()
    {
        var tickets = Owners(("big", 50), ("edge", 19), ("small", 3));

        var variant = OwnerDataVariants.ManyRareOwners(tickets);

        Assert.Equal(new Dictionary<string, int> { ["big"] = 19, ["edge"] = 19, ["small"] = 3 },
            variant.GroupBy(t => t.Owner).ToDictionary(g => g.Key, g => g.Count()));
        Assert.Equal(tickets.Where(t => t.Owner == "edge").Select(t => t.Id), variant.Where(t => t.Owner == "edge").Select(t => t.Id));
    }

    [Fact]
    public void The_seeded_choice_is_the_same_whatever_order_the_tickets_come_in()
    {
        var tickets = Owners(("a", 60), ("b", 40));
        var shuffled = tickets.OrderBy(t => t.Id.GetHashCode(StringComparison.Ordinal) ^ 0x5f5f).ThenBy(t => t.Id).ToList();

        var bounded = OwnerDataVariants.Bounded(tickets, 40);
        var fromShuffled = OwnerDataVariants.Bounded(shuffled, 40);

        Assert.Equal(40, bounded.Count);
        Assert.Equal(bounded.Select(t => t.Id).Order(), fromShuffled.Select(t => t.Id).Order());
        Assert.Equal(bounded.OrderBy(t => t.CreatedAt).Select(t => t.Id), bounded.Select(t => t.Id));
        Assert.Same(tickets, OwnerDataVariants.Bounded(tickets, 100));
        // 64-bit FNV-1a of the UTF-16 bytes of "14:bound:HADOOP-1", low byte first: the documented key, pinned.
        Assert.Equal(7928077397017913587UL, SeededSample.Key(14, "bound", "HADOOP-1"));
    }

    /// <summary>Five tickets (search 3, billing 2), the first with a subject over two lines: "Index stale" and "after reindex".</summary>
    private static List<OwnerTrainingExample> WithATwoLineSubject()
    {
        var tickets = Owners(("search", 3), ("billing", 2));
        tickets[0] = tickets[0] with { Subject = "Index stale\r\n  after reindex" };
        return tickets;
    }

    /// <summary>Tickets of the given owners, interleaved in time, with every structured field set.</summary>
    private static List<OwnerTrainingExample> Owners(params (string Owner, int Count)[] owners)
    {
        var tickets = new List<OwnerTrainingExample>();
        var index = 0;
        for (var round = 0; round < owners.Max(o => o.Count); round++)
        {
            foreach (var (owner, count) in owners.Where(o => o.Count > round))
            {
                tickets.Add(new OwnerTrainingExample($"T-{index}", Start.AddHours(index), $"{owner} subject {round}", $"{owner} body\nline two",
                    "product", "email", "high", "bug", ["tag-" + owner], owner));
                index++;
            }
        }

        return tickets;
    }
}
