namespace Reporting.Host.Application.Capacity;

/// <summary>One team's capacity weeks as the API serves them, and whether they were stored or computed for this request.</summary>
public sealed record TeamCapacityAnswer(string Team, string Note, IReadOnlyList<CapacityWeekJson> Weeks, string Source, DateTime? ComputedAt)
{
    public const string Stored = "stored";
    public const string Computed = "computed";
}
