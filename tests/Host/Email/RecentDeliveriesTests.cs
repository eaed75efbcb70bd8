using Microsoft.Extensions.Options;
using Reporting.Host.Email;
using Reporting.Host.Service;
using Reporting.Testing;

namespace Reporting.Host.Tests.Email;

/// <summary>The most recently changed deliveries, newest first and bounded, from both stores of the delivery log.</summary>
[Collection(ServiceCollection.Name)]
public class RecentDeliveriesTests(ServiceFixture fixture)
{
    [Fact]
    public async Task PostgreSQL_lists_the_newest_changes_first_up_to_the_limit()
    {
        var clock = TestClock.Create();
        var postgres = await fixture.NewDatabaseAsync();
        await PostgresDeliveryLog.EnsureSchemaAsync(postgres, CancellationToken.None);

        await AssertRecentAsync(new PostgresDeliveryLog(postgres, clock), clock);
    }

    [Fact]
    public async Task The_warehouse_lists_the_newest_changes_first_up_to_the_limit()
    {
        var clock = TestClock.Create();
        await using var warehouse = await TempWarehouse.CreateAsync();
        await using var access = new WarehouseAccess(Options.Create(new ReportingOptions { Warehouse = warehouse.Path }));

        await AssertRecentAsync(new WarehouseDeliveryLog(access, clock), clock);
    }

    private static async Task AssertRecentAsync(IDeliveryLog log, Microsoft.Extensions.Time.Testing.FakeTimeProvider clock)
    {
        foreach (var (pm, week) in new[] { ("a@example.com", "2026-W47"), ("b@example.com", "2026-W47"), ("a@example.com", "2026-W48") })
        {
            await log.RecordNoDataAsync(new DeliveryKey(pm, week), $"No tickets in {week}", CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        // A claim changes the oldest record last.
        var now = clock.GetUtcNow().UtcDateTime;
        Assert.True(await log.TryClaimAsync(new DeliveryKey("a@example.com", "2026-W47"), new DeliveryClaim("h/1/1", now, now.AddMinutes(5), false), CancellationToken.None));

        var recent = await log.RecentAsync(2, CancellationToken.None);

        Assert.Equal([("a@example.com", "2026-W47", DeliveryStatus.Pending), ("a@example.com", "2026-W48", DeliveryStatus.NoData)],
            recent.Select(r => (r.Subscription, r.Week, r.Status)));
        Assert.Equal(3, (await log.RecentAsync(IDeliveryLog.MaxRecent, CancellationToken.None)).Count);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => log.RecentAsync(0, CancellationToken.None));
    }
}
