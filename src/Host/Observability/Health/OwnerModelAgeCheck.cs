using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Reporting.Host.Service;

namespace Reporting.Host.Observability.Health;

/// <summary>
/// The owner model in use and its age. Degraded, not unhealthy, when there is none yet or it is older than
/// <c>Health:OwnerModelMaxAgeDays</c>: the service still answers everything else, and a retraining that finds no
/// better model keeps the old one on purpose.
/// </summary>
public sealed class OwnerModelAgeCheck(OwnerModelCache models, IOptions<HealthOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (models.Registry.CurrentVersion() is not { } version)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                "no owner model yet: suggestions answer 503 until the owners-retrain job (or `reporting owners train`) has run"));
        }

        var trained = models.CurrentTrainedAt()!.Value;
        var age = time.GetUtcNow().UtcDateTime - trained;
        var limit = TimeSpan.FromDays(options.Value.OwnerModelMaxAgeDays);
        var what = $"owners-v{version:D4} trained {AgeText.Of(age)} ago";
        return Task.FromResult(age > limit
            ? HealthCheckResult.Degraded($"{what}, older than {options.Value.OwnerModelMaxAgeDays} days (Health:OwnerModelMaxAgeDays): retraining has kept it or has not run")
            : HealthCheckResult.Healthy(what));
    }
}
