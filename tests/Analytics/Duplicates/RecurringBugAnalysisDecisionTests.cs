using Reporting.Analytics.Duplicates;
using Reporting.Testing;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Tests.Duplicates;

/// <summary>
/// Grouping decisions stored with the triage decisions of a real warehouse (the generated sample company) steer the next
/// clustering run: a pair marked not a duplicate is separated, a merged group keeps the larger group's id, a split ticket leaves.
/// </summary>
public class RecurringBugAnalysisDecisionTests : IAsyncLifetime
{
    private readonly SampleWarehouse _sample = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    public Task InitializeAsync() => _sample.InitializeAsync();

    public Task DisposeAsync() => _sample.DisposeAsync();

    [Fact]
    public async Task Two_tickets_of_one_group_marked_not_duplicates_end_in_different_groups_and_the_larger_part_keeps_the_id()
    {
        var analysis = new RecurringBugAnalysis(_sample.Warehouse.Connection, _clock);
        await analysis.ClusterAsync();
        var group = await LargestGroupAsync(0);
        var members = await MembersAsync(group);
        var (earliest, newest) = (members[0], members[^1]);

        await DecideAsync(newest, GroupingDecisionQueries.NotDuplicate, earliest);
        await analysis.ClusterAsync();

        var after = await GroupOfAsync();
        Assert.NotEqual(after.GetValueOrDefault(earliest), after.GetValueOrDefault(newest));
        var kept = after.Where(m => m.Value == group).Select(m => m.Key).ToList();
        var other = after.Where(m => m.Value == after.GetValueOrDefault(earliest)).Select(m => m.Key).ToList();
        // 66 tickets: the 60 holding the newest keep the id, the earliest goes with the 5 its links hold closest.
        Assert.Equal((66, 60, 6, 0), (members.Count, kept.Count, other.Count, other.Except(members).Count()));
        Assert.Contains(newest, kept);
    }

    [Fact]
    public async Task A_group_merged_into_another_joins_it_under_the_larger_groups_id_and_stays_joined()
    {
        var analysis = new RecurringBugAnalysis(_sample.Warehouse.Connection, _clock);
        var before = await analysis.ClusterAsync();
        var (larger, smaller) = (await LargestGroupAsync(0), await LargestGroupAsync(1));
        var (largerMembers, smallerMembers) = (await MembersAsync(larger), await MembersAsync(smaller));
        var representatives = await _sample.Warehouse.Connection.ListAsync<(string Group, string Source, string Ticket)>(
            "SELECT group_id, representative_source, representative_ticket FROM recurring_groups WHERE group_id IN ($larger, $smaller)", new { larger, smaller });
        var into = representatives.Single(r => r.Group == larger);

        await DecideAsync(representatives.Single(r => r.Group == smaller).Ticket, GroupingDecisionQueries.Merge,
            GroupingDecisionQueries.TicketReference(into.Source, into.Ticket));
        var merged = await analysis.ClusterAsync();
        var first = await GroupOfAsync();
        await analysis.ClusterAsync();

        Assert.Equal(first, await GroupOfAsync());
        Assert.Equal((66, 54, 120), (largerMembers.Count, smallerMembers.Count, first.Count(m => m.Value == larger)));
        Assert.All(largerMembers.Concat(smallerMembers), m => Assert.Equal(larger, first[m]));
        Assert.DoesNotContain(smaller, first.Values);
        Assert.Equal((before.Groups - 1, before.GroupedTickets), (merged.Groups, merged.GroupedTickets));
    }

    [Fact]
    public async Task A_ticket_split_from_its_group_leaves_it_and_the_group_keeps_its_id()
    {
        var analysis = new RecurringBugAnalysis(_sample.Warehouse.Connection, _clock);
        await analysis.ClusterAsync();
        var group = await LargestGroupAsync(1);
        var members = await MembersAsync(group);

        await DecideAsync(members[^1], GroupingDecisionQueries.Split, group);
        await analysis.ClusterAsync();

        var after = await GroupOfAsync();
        Assert.False(after.ContainsKey(members[^1]));
        Assert.Equal((54, 53), (members.Count, after.Count(m => m.Value == group)));
    }

    private async Task<string> LargestGroupAsync(int offset) =>
        (await _sample.Warehouse.Connection.ListAsync<string>(
            "SELECT group_id FROM recurring_groups ORDER BY tickets DESC, group_id LIMIT 1 OFFSET $offset", new { offset }))[0];

    private async Task<List<string>> MembersAsync(string group) =>
        (await _sample.Warehouse.Connection.ListAsync<string>(
            """
            SELECT m.ticket_id FROM recurring_group_members m JOIN tickets t ON t.source = m.source AND t.external_id = m.ticket_id
            WHERE m.group_id = $group ORDER BY t.created_at, m.ticket_id
            """, new { group })).ToList();

    private async Task<Dictionary<string, string>> GroupOfAsync() =>
        (await _sample.Warehouse.Connection.ListAsync<(string Ticket, string Group)>("SELECT ticket_id, group_id FROM recurring_group_members"))
        .ToDictionary(r => r.Ticket, r => r.Group);

    private async Task DecideAsync(string ticket, string kind, string value)
    {
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await TriageQueries.RecordAsync(_sample.Warehouse.Connection,
            new NewTriageDecision("samples", ticket, "rotation", _clock.GetUtcNow().UtcDateTime, kind, value), CancellationToken.None));
    }
}
