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
}
