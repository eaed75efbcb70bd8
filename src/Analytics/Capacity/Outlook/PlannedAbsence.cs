namespace Reporting.Analytics.Capacity.Outlook;

/// <summary>Working days one engineer is away in one forecast week.</summary>
public sealed record PlannedAbsence(string Team, string Engineer, DateOnly WeekStart, long Days);
