using Reporting.Analytics.Owners;
using Reporting.Warehouse.Schema;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>A ticket rolled back to filing: the changes triagers made later are undone, newest first.</summary>
public class FiledFieldsTests
{
    private static string Changes(params (string Kind, string Detail)[] newestFirst) =>
        string.Join('\u001e', newestFirst.Select(c => $"{c.Kind}\u001f{c.Detail}"));

    [Fact]
    public void Priority_and_type_go_back_to_the_value_before_their_first_change()
    {
        var filed = FiledFields.RollBack("Blocker", "Bug", [], Changes(
            (FieldChangeKinds.PriorityChanged, "Critical>Blocker"),
            (FieldChangeKinds.TypeChanged, "Task>Bug"),
            (FieldChangeKinds.PriorityChanged, "Minor>Critical")));

        Assert.Equal(("Minor", "Task"), (filed!.Priority, filed.Type));
    }

    [Fact]
    public void Tags_added_later_are_removed_and_tags_removed_later_come_back()
    {
        var filed = FiledFields.RollBack("high", "bug", ["billing", "urgent", "known-issue"], Changes(
            (FieldChangeKinds.TagAdded, "known-issue"),
            (FieldChangeKinds.TagRemoved, "payments"),
            (FieldChangeKinds.TagAdded, "urgent")));

        Assert.Equal(["billing", "payments"], filed!.Tags);
        Assert.Equal(("high", "bug"), (filed.Priority, filed.Type));
    }

    [Fact]
    public void A_field_set_only_in_triage_was_unset_at_filing()
    {
        var filed = FiledFields.RollBack("Major", null, [], Changes((FieldChangeKinds.PriorityChanged, ">Major")));

        Assert.Null(filed!.Priority);
    }

    [Fact]
    public void A_ticket_without_changes_has_nothing_to_roll_back()
    {
        Assert.Null(FiledFields.RollBack("high", "bug", ["vip"], null));
        Assert.Null(FiledFields.RollBack("high", "bug", ["vip"], ""));
    }

    [Fact]
    public void An_example_with_history_is_seen_as_filed_only_when_asked()
    {
        var example = SyntheticTickets.Example("T-1", new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc), "s", "b", "billing") with
        {
            Tags = ["billing"],
            Filed = new FiledFields("low", "question", []),
        };

        Assert.Equal(("normal", "incident", "billing"), (example.ToTicket(asFiled: false).Priority, example.ToTicket(false).Type, example.ToTicket(false).Tags.Single()));
        Assert.Equal(("low", "question", 0), (example.ToTicket(asFiled: true).Priority, example.ToTicket(true).Type, example.ToTicket(true).Tags.Count));
    }
}
