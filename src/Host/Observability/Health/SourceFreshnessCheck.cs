using Cronos;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reporting.Host.Jobs;
using Reporting.Host.Service;
using Reporting.Ingest.Sources;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Observability.Health;

/// <summary>
/// A configured source was pulled within twice its schedule: it is stale once two scheduled pulls have passed since
/// its last successful one (or since the service started, if it never was), with five minutes for a pull to run.
/// The report says when it was last pulled and, if the last attempt failed, why.
/// </summary>
public sealed class SourceFreshnessCheck(
    string source, SourcesConfiguration sources, WarehouseAccess warehouse, ServiceStarted started, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var options = sources.Get(source);
        var schedule = CronExpression.Parse(options.Schedule, options.Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
            ? CronFormat.IncludeSeconds : CronFormat.Standard);
        var zone = DigestSchedule.Zone(options.TimeZone);
        SourceFreshness? freshness;
        await using (var connection = await warehouse.OpenAsync(cancellationToken))
        {
            freshness = (await OperationsQueries.SourceFreshnessAsync(connection, cancellationToken))
                .FirstOrDefault(f => string.Equals(f.Source, source, StringComparison.OrdinalIgnoreCase));
        }

        var now = time.GetUtcNow();
        var last = freshness?.LastPull is { } pulled ? new DateTimeOffset(DateTime.SpecifyKind(pulled, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        var since = last ?? started.At;
        var first = schedule.GetNextOccurrence(since, zone);
        var second = first is null ? null : schedule.GetNextOccurrence(first.Value, zone);
        var when = last is null ? $"never pulled since the service started {AgeText.Of(now - started.At)} ago" : $"last pulled {AgeText.Of(now - last.Value)} ago ({last:u})";
        if (second is null || now <= second.Value + Grace)
        {
            return HealthCheckResult.Healthy($"{when}; schedule {options.Schedule}");
        }

        var failure = freshness?.LastFailure is { } failed && (last is null || failed > last.Value.UtcDateTime)
            ? $"; the last attempt failed {AgeText.Of(now.UtcDateTime - failed)} ago: {freshness.LastError}"
            : "";
        return HealthCheckResult.Unhealthy($"stale: {when}, and two scheduled pulls ({options.Schedule}) have passed since{failure}");
    }
}
