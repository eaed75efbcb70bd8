using Microsoft.Extensions.Options;
using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Owners;

namespace Reporting.Host.Service;

/// <summary>
/// The current owner model for the API, reloaded when a retraining run promotes a new version. Predictions are
/// thread-safe (the classifier pools its prediction engines).
/// </summary>
public sealed class OwnerModelCache(IOptions<ReportingOptions> options, SimilarTicketFinder similar)
{
    private readonly object _gate = new();
    private OwnerSuggester? _current;
    private int? _version;

    public OwnerModelRegistry Registry { get; } = OwnerModelRegistry.ForWarehouse(options.Value.Warehouse);

    public OwnerSuggester? Current()
    {
        var version = Registry.CurrentVersion();
        lock (_gate)
        {
            if (version != _version)
            {
                _current = version is null ? null : OwnerSuggester.LoadCurrent(Registry, similar);
                _version = version;
            }

            return _current;
        }
    }

    /// <summary>When the model in use was trained; null when none has been promoted yet.</summary>
    public DateTime? CurrentTrainedAt() =>
        Registry.CurrentVersion() is { } version ? Registry.ReadMetadata(version).TrainedAtUtc : null;
}
