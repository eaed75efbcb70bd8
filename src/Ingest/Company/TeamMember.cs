namespace Reporting.Ingest.Company;

/// <summary>An engineer of a team and the hours per week they work (40 full time, less for part-timers).</summary>
public sealed record TeamMember(string Name, int WeeklyHours);
