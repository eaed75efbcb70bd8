using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Host.Jobs;
using Reporting.Host.Tests.Api;
using Reporting.Testing;
using Reporting.Testing.FakeApis;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Jobs;

/// <summary>The service schedules a pull per configured source, and the job pulls through the source's real HTTP API.</summary>
[Collection(ServiceCollection.Name)]
public class ScheduledPullTests
{
    [Fact]
    public async Task Each_configured_source_gets_a_recurring_pull_that_fills_the_warehouse()
    {
        await using var zendesk = await FakeZendesk.StartAsync();
        var created = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= 3; i++)
        {
            zendesk.Put(ZendeskData.Ticket(100 + i, created, created.AddHours(i), $"Ticket {i}", "Body", "open", requester: 20, assignee: 10,
                group: 1, organization: 7, tags: ["billing"], customFields: [], priority: "normal"));
        }

        await using var warehouse = await TempWarehouse.CreateAsync();
        await using var service = await RunningService.StartAsync(warehouse.Path, Path.Combine(warehouse.Directory, "snapshots"),
            "--Sources:helpdesk:Kind=zendesk", $"--Sources:helpdesk:BaseUrl={zendesk.BaseUrl}", "--Sources:helpdesk:User=robot@acme.example",
            "--Sources:helpdesk:Token=zd-secret-token", "--Sources:helpdesk:Since=2026-01-01T00:00:00Z", "--Sources:helpdesk:Schedule=*/10 * * * *");

        var storage = service.App.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            var pull = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RecurringJobScheduler.PullPrefix + "helpdesk");
            Assert.Equal("*/10 * * * *", pull.Cron);
            Assert.Equal(JobQueues.Warehouse, pull.Job.Queue);
        }

        new RecurringJobManager(storage).Trigger(RecurringJobScheduler.PullPrefix + "helpdesk");
        await HangfirePostgresTests.WaitForAsync(
            () => warehouse.Connection.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE source = 'helpdesk'").GetAwaiter().GetResult() == 3,
            TimeSpan.FromSeconds(60));
    }
}
