using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Capacity;

/// <summary>
/// How many engineering hours a ticket takes when the source does not track time: a base by priority,
/// scaled by ticket type, plus a fixed cost per engineer comment and per reassignment. Tracked time
/// (Jira timespent, Zendesk time fields) replaces the whole estimate for its ticket.
/// </summary>
public sealed record EffortModel
{
    // Defaults are engineering hours, not helpdesk handling time: most questions are answered in minutes,
    // an urgent incident takes an afternoon. Tune them per organisation (appsettings: Capacity:Effort).
    public IReadOnlyDictionary<string, double> BaseHoursByPriority { get; init; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["urgent"] = 2.0,
        ["blocker"] = 2.0,
        ["critical"] = 1.5,
        ["high"] = 1.0,
        ["major"] = 0.75,
        ["normal"] = 0.5,
        ["minor"] = 0.25,
        ["low"] = 0.25,
        ["trivial"] = 0.1,
    };

    /// <summary>Base hours for a priority not listed (or none).</summary>
    public double DefaultBaseHours { get; init; } = 0.5;

    public IReadOnlyDictionary<string, double> TypeMultiplier { get; init; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["incident"] = 1.5,
        ["bug"] = 1.0,
        ["task"] = 1.0,
        ["question"] = 0.25,
        ["feature_request"] = 0.1,
        ["improvement"] = 0.5,
        ["new feature"] = 0.25,
    };

    public double HoursPerComment { get; init; } = 0.15;

    public double HoursPerReassignment { get; init; } = 0.25;

    /// <summary>Base hours fitted per priority × type (<see cref="CellKey"/>) from tracked time; they replace base × multiplier where present.</summary>
    public IReadOnlyDictionary<string, double> BaseHoursByCell { get; init; } = new Dictionary<string, double>();

    public static string CellKey(string? priority, string? type) =>
        $"{(priority ?? "").ToLowerInvariant()}|{(type ?? "").ToLowerInvariant()}";

    /// <summary>Base hours of a ticket before comments and reassignments.</summary>
    public double BaseHours(string? priority, string? type) =>
        BaseHoursByCell.TryGetValue(CellKey(priority, type), out var fitted)
            ? fitted
            : BaseHoursByPriority.GetValueOrDefault(priority ?? "", DefaultBaseHours) * TypeMultiplier.GetValueOrDefault(type ?? "", 1.0);

    /// <summary>The figures the effort query reads. A method, not a property: the model is serialised into the refresh fingerprint and bound from settings.</summary>
    public EffortRates ToRates() =>
        new(BaseHoursByPriority, TypeMultiplier, BaseHoursByCell, DefaultBaseHours, HoursPerComment, HoursPerReassignment);

    public static EffortModel Default { get; } = new();
}
