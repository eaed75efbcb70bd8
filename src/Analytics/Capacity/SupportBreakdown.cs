namespace Reporting.Analytics.Capacity;

/// <summary>Where a team's support hours in the period came from, by one dimension (service, ticket type or engineer).</summary>
public sealed record SupportBreakdown(string Team, string Dimension, string Key, double Hours, long Tickets)
{
    public const string ByService = "service";
    public const string ByType = "type";
    public const string ByEngineer = "engineer";
}
