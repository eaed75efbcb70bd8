using System.Diagnostics.Metrics;
using Reporting.Host.Service;
using Reporting.Ingest.Sources;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Observability;

/// <summary>
/// Gauges the writer reads from the warehouse when metrics are scraped (at most once per 10 s): per configured
/// source, the age of the newest change it brought (how far the warehouse trails the source) and of its last
/// successful pull; the age of the stored capacity figures and of the owner model; and over the last 28 days the
/// share of stored suggestions that abstained and of routing decisions that accepted the suggested owner.
/// A gauge with nothing to report (no pull yet, no decisions) is left out rather than shown as zero.
/// </summary>
public sealed class WarehouseGauges : IHostedService
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(28);
    private static readonly TimeSpan ReadEvery = TimeSpan.FromSeconds(10);

    private readonly ReportingMetrics _metrics;
    private readonly WarehouseAccess _warehouse;
    private readonly OwnerModelCache _models;
    private readonly SourcesConfiguration _sources;
    private readonly TimeProvider _time;
    private readonly ILogger<WarehouseGauges> _logger;
    private readonly Lock _gate = new();
    private Figures? _figures;

    public WarehouseGauges(
        ReportingMetrics metrics, WarehouseAccess warehouse, OwnerModelCache models, SourcesConfiguration sources, TimeProvider time,
        ILogger<WarehouseGauges> logger) =>
        (_metrics, _warehouse, _models, _sources, _time, _logger) = (metrics, warehouse, models, sources, time, logger);

    /// <summary>
    /// The gauges appear when the service starts, not when it is composed: a process whose start failed must not leave
    /// gauges behind that another host's exporter in the same process would read (meters are matched by name).
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var meter = _metrics.Meter;
        meter.CreateObservableGauge("reporting.source.lag", () => PerSource(f => f.NewestChange), "s",
            "Age of the newest ticket change pulled from each configured source: how far the warehouse trails it");
        meter.CreateObservableGauge("reporting.source.last_pull.age", () => PerSource(f => f.LastPull), "s",
            "Time since each configured source's last successful pull ended");
        meter.CreateObservableGauge("reporting.capacity.refresh.age", () => Age(Read()?.CapacityComputedAt), "s",
            "Time since capacity figures were last stored");
        meter.CreateObservableGauge("reporting.owner_model.age", () => Age(Read()?.ModelTrainedAt), "s",
            "Age of the owner model in use");
        meter.CreateObservableGauge("reporting.owner_suggestions.abstain_ratio", () => Ratio(Read()?.Abstentions), "1",
            "Share of owner suggestions stored in the last 28 days that abstained (needs human triage)");
        meter.CreateObservableGauge("reporting.triage.acceptance_ratio", () => Ratio(Read()?.Acceptances), "1",
            "Share of routing decisions in the last 28 days that accepted the suggested owner (accept among accept and choose)");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Measurement<double>> PerSource(Func<SourceFreshness, DateTime?> at)
    {
        var figures = Read();
        if (figures is null)
        {
            yield break;
        }

        foreach (var source in figures.Sources.Where(s => _sources.Names.Contains(s.Source, StringComparer.OrdinalIgnoreCase)))
        {
            if (at(source) is { } moment)
            {
                yield return new Measurement<double>(Seconds(moment), new KeyValuePair<string, object?>("source", source.Source));
            }
        }
    }

    private IEnumerable<Measurement<double>> Age(DateTime? at) => at is { } moment ? [new Measurement<double>(Seconds(moment))] : [];

    private static IEnumerable<Measurement<double>> Ratio(ShareOf? share) => share?.Ratio is { } ratio ? [new Measurement<double>(ratio)] : [];

    private double Seconds(DateTime utc) => Math.Max(0, (_time.GetUtcNow().UtcDateTime - utc).TotalSeconds);

    private Figures? Read()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_figures is null || now - _figures.ReadAt >= ReadEvery)
            {
                try
                {
                    _figures = ReadAsync(now).GetAwaiter().GetResult();
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // A scrape must not fail because the warehouse is busy or missing: the gauges are left out this time.
                    _logger.LogWarning(ex, "Warehouse gauges not read: {Reason}", ex.Message);
                    return null;
                }
            }

            return _figures;
        }
    }

    private async Task<Figures> ReadAsync(DateTimeOffset now)
    {
        await using var connection = await _warehouse.OpenAsync(CancellationToken.None);
        var since = (now - Window).UtcDateTime;
        return new Figures(
            now,
            await OperationsQueries.SourceFreshnessAsync(connection, CancellationToken.None),
            await OperationsQueries.CapacityComputedAtAsync(connection, CancellationToken.None),
            _models.CurrentTrainedAt(),
            await OperationsQueries.AbstentionsAsync(connection, since, CancellationToken.None),
            await OperationsQueries.AcceptancesAsync(connection, since, CancellationToken.None));
    }

    private sealed record Figures(
        DateTimeOffset ReadAt, IReadOnlyList<SourceFreshness> Sources, DateTime? CapacityComputedAt, DateTime? ModelTrainedAt,
        ShareOf Abstentions, ShareOf Acceptances);
}
