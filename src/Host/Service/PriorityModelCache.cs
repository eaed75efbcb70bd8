using Microsoft.Extensions.Options;
using Reporting.Analytics.Priority;

namespace Reporting.Host.Service;

/// <summary>The current priority model for the API (models/priority beside the warehouse), reloaded when a new version is promoted.</summary>
public sealed class PriorityModelCache(IOptions<ReportingOptions> options)
{
    private readonly object _gate = new();
    private PrioritySuggester? _current;
    private int? _version;

    public Reporting.Analytics.Owners.OwnerModelRegistry Registry { get; } = PriorityModel.RegistryFor(options.Value.Warehouse);

    /// <summary>Null until a priority model has been trained (<c>reporting priority train</c> or the nightly retraining).</summary>
    public PrioritySuggester? Current()
    {
        var version = Registry.CurrentVersion();
        lock (_gate)
        {
            if (version != _version)
            {
                _current = version is null ? null : PrioritySuggester.LoadCurrent(Registry);
                _version = version;
            }

            return _current;
        }
    }
}
