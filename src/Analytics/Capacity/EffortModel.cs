namespace Reporting.Analytics.Capacity;

/// <summary>
/// How many engineering hours a ticket takes when the source does not track time: a base by priority,
/// scaled by ticket type, plus a fixed cost per engineer comment and per reassignment. Tracked time
/// (Jira timespent, Zendesk time fields) replaces the whole estimate for its ticket.
/// </summary>
public sealed record EffortModel
{
    public IReadOnlyDictionary<string, double> BaseHoursByPriority { get; init; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["urgent"] = 4.0,
        ["blocker"] = 4.0,
        ["critical"] = 3.0,
        ["high"] = 2.0,
        ["major"] = 1.5,
        ["normal"] = 1.0,
        ["minor"] = 0.5,
        ["low"] = 0.5,
        ["trivial"] = 0.25,
    };

    /// <summary>Base hours for a priority not listed (or none).</summary>
    public double DefaultBaseHours { get; init; } = 1.0;

    public IReadOnlyDictionary<string, double> TypeMultiplier { get; init; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["incident"] = 1.5,
        ["bug"] = 1.0,
        ["task"] = 1.0,
        ["question"] = 0.5,
        ["feature_request"] = 0.25,
        ["improvement"] = 0.5,
        ["new feature"] = 0.25,
    };

    public double HoursPerComment { get; init; } = 0.25;

    public double HoursPerReassignment { get; init; } = 0.5;

    public static EffortModel Default { get; } = new();
}
