using Reporting.Analytics.Digest;
using Reporting.Warehouse;
using Reporting.Testing;

namespace Reporting.Analytics.Tests.Digest;

/// <summary>The digest's figures, computed from a sample warehouse: who gets one, and which weeks have data.</summary>
public sealed class WeeklyDigestLoaderTests : IAsyncLifetime
{
    private readonly SampleWarehouse _sample = new();

    public Task InitializeAsync() => _sample.InitializeAsync();

    public Task DisposeAsync() => _sample.DisposeAsync();

    [Fact]
    public async Task Every_pm_in_teams_yaml_gets_a_digest_for_their_own_teams()
    {
        var subscriptions = await DigestSubscription.LoadAllAsync(_sample.Warehouse.Connection, CancellationToken.None);
        var teams = await _sample.Warehouse.Connection.ListAsync<string>("SELECT team FROM teams");

        Assert.Equal(6, subscriptions.Count);
        Assert.Equal(teams.Order(), subscriptions.SelectMany(s => s.Teams).Order());
    }

    [Fact]
    public async Task A_week_outside_the_data_is_refused_instead_of_reading_as_good_news()
    {
        var connection = _sample.Warehouse.Connection;
        var loader = new WeeklyDigestLoader(connection, TestClock.Create());
        var subscription = (await DigestSubscription.LoadAllAsync(connection, CancellationToken.None))[0];
        var latest = await loader.LatestCompleteWeekAsync(CancellationToken.None);

        var after = await Assert.ThrowsAsync<NoDataForWeekException>(() => loader.LoadAsync(subscription, latest.AddWeeks(2), CancellationToken.None));
        await Assert.ThrowsAsync<NoDataForWeekException>(() => loader.LoadAsync(subscription, latest.AddWeeks(-60), CancellationToken.None));

        Assert.Contains($"No tickets in {latest.AddWeeks(2)}", after.Message);
    }

    // Impact, not state: a "new" group with no ticket this week ranks below every group hitting customers now;
    // equal tickets this week go by customers affected, then by growth (last four weeks against the four before).
    [Fact]
    public async Task Recurring_groups_are_listed_by_tickets_this_week_then_customers_then_growth_whatever_their_state()
    {
        var connection = _sample.Warehouse.Connection;
        var loader = new WeeklyDigestLoader(connection, TestClock.Create());
        var subscription = (await DigestSubscription.LoadAllAsync(connection, CancellationToken.None))[0];
        var week = await loader.LatestCompleteWeekAsync(CancellationToken.None);
        var thisWeek = await TicketsOfWeekAsync(week, 9);
        var lastWeek = await TicketsOfWeekAsync(week.AddWeeks(-1), 2);
        var monthBefore = await TicketsOfWeekAsync(week.AddWeeks(-4), 2);
        var team = subscription.Teams[0];
        await StoreGroupAsync("G-new", "new", team, 2, lastWeek);
        await StoreGroupAsync("G-steady", "steady", team, 5, [.. thisWeek[..3], .. monthBefore]);
        await StoreGroupAsync("G-regressed", "regressed", team, 5, thisWeek[3..6]);
        await StoreGroupAsync("G-growing", "growing", team, 34, thisWeek[6..9]);

        var groups = (await loader.LoadAsync(subscription, week, CancellationToken.None)).RecurringGroups!;

        Assert.Equal(["G-growing", "G-regressed", "G-steady", "G-new"], groups.Select(g => g.GroupId));
        Assert.Equal([3L, 3, 3, 0], groups.Select(g => g.TicketsThisWeek));
        Assert.Equal([34L, 5, 5, 2], groups.Select(g => g.Customers));
        Assert.Equal([3L, 3, 1, 2], groups.Select(g => g.RecentTickets - g.PreviousTickets));
    }

    private async Task<(string Source, string Id)[]> TicketsOfWeekAsync(Reporting.Warehouse.Calendar.IsoWeek week, int count) =>
        [.. await _sample.Warehouse.Connection.ListAsync<(string, string)>(
            "SELECT source, external_id FROM tickets WHERE created_at >= $start AND created_at < $end ORDER BY created_at, external_id LIMIT $count",
            new { start = week.StartUtc, end = week.AddWeeks(1).StartUtc, count })];

    /// <summary>Stores a recurring-bug group as the clustering would; only its team, customers, state and members matter here.</summary>
    private async Task StoreGroupAsync(string groupId, string state, string team, long customers, (string Source, string Id)[] members)
    {
        var connection = _sample.Warehouse.Connection;
        await connection.RunAsync(
            """
            INSERT INTO recurring_groups VALUES ($groupId, $groupId, []::VARCHAR[], NULL, NULL, NULL, $team,
                TIMESTAMP '2026-01-01', TIMESTAMP '2026-01-01', $tickets, $customers, $state, TIMESTAMP '2026-01-01')
            """,
            new { groupId, team, tickets = (long)members.Length, customers, state });
        foreach (var (source, id) in members)
        {
            await connection.RunAsync("INSERT INTO recurring_group_members VALUES ($groupId, $source, $id)", new { groupId, source, id });
        }
    }
}
