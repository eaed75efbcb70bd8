using Reporting.Warehouse;
using Reporting.Analytics.Digest;
using Hangfire;
using Hangfire.Storage;
using Reporting.Host.Service;
using Reporting.Ingest.Sources;
using Reporting.Reports.Digest;

namespace Reporting.Host.Jobs;

/// <summary>
/// Registers the recurring jobs when the writer process starts (idempotent: Hangfire updates jobs by id), so they
/// are all visible in the dashboard: capacity refresh, and one weekly digest per PM in the PM's own time zone.
/// Digest jobs of PMs no longer in teams.yaml are removed.
/// </summary>
public sealed class RecurringJobScheduler(
    IRecurringJobManager recurring, IBackgroundJobClient jobs, JobStorage storage, WarehouseAccess warehouse, IConfiguration configuration,
    SourcesConfiguration sources, Microsoft.Extensions.Options.IOptions<Email.SmtpOptions> smtp,
    Microsoft.Extensions.Options.IOptions<Api.ApiKeyOptions> apiKeys, ILogger<RecurringJobScheduler> logger) : IHostedService
{
    public const string CapacityRefresh = "capacity-refresh";
    public const string RecurringBugClustering = "recurring-bugs-cluster";
    public const string OwnerRetraining = "owners-retrain";
    public const string DigestPrefix = "digest:";
    public const string PullPrefix = "pull:";
    public const string WriteBack = "write-back";
    public const string ChatNotifications = "chat-notifications";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<WarehouseJobs>(CapacityRefresh, JobQueues.Warehouse, j => j.RefreshCapacityAsync(CancellationToken.None),
            configuration["Schedules:CapacityRefresh"] ?? "0 * * * *");
        recurring.AddOrUpdate<WarehouseJobs>(RecurringBugClustering, JobQueues.Warehouse, j => j.ClusterRecurringBugsAsync(CancellationToken.None),
            configuration["Schedules:RecurringBugs"] ?? "0 3 * * *");
        recurring.AddOrUpdate<WarehouseJobs>(OwnerRetraining, JobQueues.Warehouse, j => j.RetrainOwnersAsync(CancellationToken.None),
            configuration["Schedules:OwnerRetraining"] ?? "30 2 * * *");
        foreach (var name in sources.Names)
        {
            var options = sources.Get(name);
            var source = name;
            recurring.AddOrUpdate<WarehouseJobs>(PullPrefix + name, JobQueues.Warehouse, j => j.PullAsync(source, CancellationToken.None),
                options.Schedule, new RecurringJobOptions { TimeZone = DigestSchedule.Zone(options.TimeZone) });
        }

        RemoveStale(PullPrefix, sources.Names.Select(n => PullPrefix + n));
        RegisterOutbound();
        if (smtp.Value.Enabled)
        {
            await RegisterDigestsAsync(cancellationToken);
        }
        else
        {
            RemoveStale(DigestPrefix, []);
            logger.LogWarning("E-mail is off (Smtp:Host is empty): weekly digests are not scheduled. Render them with `reporting digest` or GET /api/digests/WEEK/PM.pdf.");
        }

        if (apiKeys.Value.Keys.Count == 0)
        {
            logger.LogWarning("No API keys are configured (Api:Keys): every /api request and the dashboard will answer 401. Create one with `reporting apikey new --name NAME`.");
        }


        // Workers need a snapshot to read before the first write cycle has run.
        jobs.Enqueue<WarehouseJobs>(j => j.PublishSnapshotAsync(CancellationToken.None));
        logger.LogInformation("Recurring jobs registered");
    }

    public async Task RegisterDigestsAsync(CancellationToken cancellationToken)
    {
        var cron = configuration["Digests:Cron"] ?? DigestSchedule.DefaultCron;
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var subscriptions = await DigestSubscription.LoadAllAsync(connection, cancellationToken);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subscription in subscriptions)
        {
            TimeZoneInfo zone;
            try
            {
                zone = DigestSchedule.Zone(subscription.TimeZone);
            }
            catch (UserInputException ex)
            {
                logger.LogWarning("{Problem}; the digest is scheduled in UTC", ex.Message);
                zone = TimeZoneInfo.Utc;
            }

            var id = DigestPrefix + subscription.PmEmail.ToLowerInvariant();
            wanted.Add(id);
            var email = subscription.PmEmail;
            recurring.AddOrUpdate<DigestJobs>(id, JobQueues.Default, j => j.SendWeeklyDigestAsync(email, null, false, CancellationToken.None),
                cron, new RecurringJobOptions { TimeZone = zone });
        }

        RemoveStale(DigestPrefix, wanted);
    }

    /// <summary>Write-back when a source has it enabled, chat notifications when a channel is configured; removed otherwise.</summary>
    private void RegisterOutbound()
    {
        if (sources.Names.Any(n => sources.Get(n).WriteBack.Enabled))
        {
            recurring.AddOrUpdate<OutboundJobs>(WriteBack, JobQueues.Warehouse, j => j.WriteBackAsync(null, CancellationToken.None),
                configuration["Schedules:WriteBack"] ?? "*/5 * * * *");
        }
        else
        {
            recurring.RemoveIfExists(WriteBack);
        }

        var notifications = Application.Notifications.NotificationOptions.From(configuration);
        if (notifications.Channels.Count > 0)
        {
            recurring.AddOrUpdate<OutboundJobs>(ChatNotifications, JobQueues.Warehouse, j => j.NotifyAsync(CancellationToken.None),
                notifications.Schedule, new RecurringJobOptions { TimeZone = DigestSchedule.Zone(notifications.TimeZone) });
        }
        else
        {
            recurring.RemoveIfExists(ChatNotifications);
        }
    }

    private void RemoveStale(string prefix, IEnumerable<string> wanted)
    {
        var keep = wanted.ToHashSet(StringComparer.Ordinal);
        using var storageConnection = storage.GetConnection();
        foreach (var stale in storageConnection.GetRecurringJobs().Select(j => j.Id).Where(id => id.StartsWith(prefix, StringComparison.Ordinal) && !keep.Contains(id)))
        {
            recurring.RemoveIfExists(stale);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
