namespace Reporting.Analytics.Capacity.Outlook;

/// <summary>A release of a team's service planned in the forecast weeks (from releases.csv).</summary>
public sealed record UpcomingRelease(string Team, string Service, string Version, DateOnly ReleasedOn);
