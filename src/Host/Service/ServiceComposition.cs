using Hangfire;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reporting.Host.Application.Capacity;
using Reporting.Host.Application.Digests;
using Reporting.Host.Application.Operations;
using Reporting.Host.Application.Owners;
using Reporting.Host.Application.Privacy;
using Reporting.Host.Application.Recurring;
using Reporting.Host.Application.Tickets;
using Reporting.Host.Application.Triage;
using Reporting.Host.Email;
using Reporting.Host.Jobs;
using Reporting.Host.Observability;

namespace Reporting.Host.Service;

/// <summary>The services every reporting process needs, writer or worker, validated at start.</summary>
public static class ServiceComposition
{
    public static IServiceCollection AddReportingService(this IServiceCollection services, IConfiguration configuration, ServiceRole role)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ReportingOptions>().BindConfiguration(ReportingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section)
            .Validate(o => !o.Validate().Any(), "invalid Smtp section")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidation>();

        var postgres = configuration.GetConnectionString(HangfireStorageFactory.ConnectionStringName);
        if (role == ServiceRole.Worker && string.IsNullOrWhiteSpace(postgres))
        {
            throw new OptionsValidationException(nameof(HangfireStorageFactory.ConnectionStringName), typeof(string),
                ["`reporting worker` needs ConnectionStrings:Hangfire (PostgreSQL): the in-memory job store cannot be shared between processes."]);
        }

        // Hangfire keeps its log provider in static state; a previous host in the same process (tests) leaves a
        // disposed one behind. The storage is created inside the configuration callback, after Hangfire has set
        // this host's own provider.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        services.AddHangfire((_, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(HangfireStorageFactory.Create(postgres, InvisibilityTimeout(configuration))));

        var name = $"{Environment.MachineName}:{Environment.ProcessId}";
        services.AddHangfireServer(o =>
        {
            o.ServerName = $"{name}:{role.ToString().ToLowerInvariant()}";
            o.Queues = [JobQueues.Default];
            o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        if (role == ServiceRole.Writer)
        {
            // One worker: DuckDB takes one writer, so warehouse jobs run one after another.
            services.AddHangfireServer(o =>
            {
                o.ServerName = $"{name}:warehouse";
                o.Queues = [JobQueues.Warehouse];
                o.WorkerCount = 1;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            });
            services.AddSingleton<WarehouseAccess>();
            services.AddSingleton(sp => new ReadTeamCapacity(sp.GetRequiredService<ComputeCapacity>(), sp.GetRequiredService<WarehouseAccess>().OpenAsync));
            services.AddSingleton<ReadCapacityOverview>();
            services.AddSingleton<ReadTeamOutlook>();
            services.AddSingleton<DrawTeamCapacityChart>();
            services.AddSingleton<ReadOperations>();
            services.AddSingleton<BrowseRejects>();
            services.AddSingleton<Reporting.Analytics.Duplicates.SimilarTicketFinder>();
            services.AddSingleton<OwnerModelCache>();
            services.AddSingleton<PriorityModelCache>();
            services.AddSingleton<SnapshotPublisher>();
            services.AddHostedService<RecurringJobScheduler>();
            services.AddSingleton<Reporting.Host.Application.Webhooks.ReceiveWebhook>();
            // Write-back and chat notifications: their records are warehouse writes, so only the writer sends.
            services.AddSingleton<Reporting.Host.Application.WriteBack.RunWriteBack>();
            services.AddSingleton<Reporting.Host.Application.Notifications.CollectChatNotices>();
            services.AddSingleton<Reporting.Host.Application.Notifications.SendChatNotifications>();
            services.AddSingleton(_ => Reporting.Host.Application.Notifications.NotificationOptions.From(configuration));
            services.AddTransient<OutboundJobs>();
        }

        // The application layer: one class per use case, shared by the API, the jobs and (constructed directly) the CLI.
        services.AddSingleton(_ => PrivacyOptions.FromConfiguration(configuration));
        services.AddSingleton<ComputeCapacity>();
        services.AddSingleton<RefreshCapacity>();
        services.AddSingleton<RenderCapacityReport>();
        services.AddSingleton<Reporting.Host.Application.Expertise.ReadServiceExperts>();
        services.AddSingleton<Reporting.Host.Application.Expertise.ReadExpertiseMap>();
        services.AddSingleton<SuggestOwner>();
        services.AddSingleton<FindSimilarTickets>();
        services.AddSingleton<Reporting.Analytics.Readiness.ReadinessAssessor>();
        services.AddSingleton<Reporting.Host.Application.Readiness.AssessTicketReadiness>();
        services.AddSingleton<EstimateTicketFit>();
        services.AddSingleton<Reporting.Host.Application.Priority.SuggestPriorities>();
        services.AddSingleton<ReadInbox>();
        services.AddSingleton<ReadTriageTicket>();
        services.AddSingleton<RecordTriageDecision>();
        services.AddSingleton<ReadRecurringGroups>();
        services.AddSingleton<ReadRecurringGroup>();
        services.AddSingleton<MergeRecurringGroups>();
        services.AddSingleton<ReadSuggestionAcceptance>();
        services.AddSingleton<SendDigest>();

        services.AddReportingMetrics(configuration, role);
        services.AddSingleton<SnapshotReader>();
        services.AddSingleton<SmtpMailer>();
        services.AddSingleton<DigestDelivery>();
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            PostgresDeliveryLog.EnsureSchemaAsync(postgres, CancellationToken.None).GetAwaiter().GetResult();
            services.AddSingleton<IDeliveryLog>(sp => new PostgresDeliveryLog(postgres, sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            services.AddSingleton<IDeliveryLog, WarehouseDeliveryLog>();
        }

        // Source definitions are validated at start: a broken Sources section fails fast with its message.
        services.AddSingleton(_ => Reporting.Ingest.Sources.SourcesConfiguration.From(configuration));
        services.AddTransient<WarehouseJobs>();
        services.AddTransient<DigestJobs>();
        services.AddTransient<WebhookJobs>();
        services.AddTransient<WorkerProbeJob>();
        return services;
    }

    // Hangfire:InvisibilityTimeoutSeconds: how soon a dead worker's jobs run elsewhere (10 s to 1 h; default 30 s).
    private static TimeSpan InvisibilityTimeout(IConfiguration configuration)
    {
        var seconds = configuration.GetValue<int?>("Hangfire:InvisibilityTimeoutSeconds");
        return seconds switch
        {
            null => HangfireStorageFactory.DefaultInvisibilityTimeout,
            >= 10 and <= 3600 => TimeSpan.FromSeconds(seconds.Value),
            _ => throw new OptionsValidationException("Hangfire", typeof(int), [$"Hangfire:InvisibilityTimeoutSeconds must be 10–3600, not {seconds}"]),
        };
    }

    private sealed class SmtpOptionsValidation : IValidateOptions<SmtpOptions>
    {
        public ValidateOptionsResult Validate(string? name, SmtpOptions options)
        {
            var problems = options.Validate().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
