namespace Reporting.Ingest.Sources;

/// <summary>How a source's own fields become the canonical team, service and product.</summary>
public sealed record FieldMappingOptions
{
    /// <summary>A tag or label starting with this prefix names the service (<c>area-</c>: <c>area-billing</c> → billing).</summary>
    public string? ServiceTagPrefix { get; init; }

    /// <summary>A tag or label starting with this prefix names the team (<c>team-</c>: <c>team-payments</c> → payments).</summary>
    public string? TeamTagPrefix { get; init; }

    /// <summary>Zendesk: group id → team name.</summary>
    public Dictionary<string, string> Groups { get; init; } = [];

    /// <summary>Zendesk: id of the custom field whose value is the service.</summary>
    public string? ServiceField { get; init; }

    /// <summary>Zendesk: id of the time-tracking custom field holding the total time spent in seconds.</summary>
    public string? TimeSpentField { get; init; }

    /// <summary>Product every ticket of the source belongs to, when the source itself does not say (Jira: the project).</summary>
    public string? Product { get; init; }
}
