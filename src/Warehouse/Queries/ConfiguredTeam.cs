namespace Reporting.Warehouse.Queries;

/// <summary>A team as teams.yaml configures it: its product manager, its engineers with their weekly hours, the services it owns.</summary>
public sealed record ConfiguredTeam(
    string Name,
    string PmName,
    string PmEmail,
    string PmTimeZone,
    IReadOnlyList<(string Engineer, double WeeklyHours)> Members,
    IReadOnlyList<string> Services);
