namespace Reporting.Analytics.Capacity.Outlook;

/// <summary>How many engineers a team has and their usual weekly hours, to turn hours into engineers (FTE).</summary>
public sealed record TeamSize(string Team, long Engineers, double HoursPerEngineer);
