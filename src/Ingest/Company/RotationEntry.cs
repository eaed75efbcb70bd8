namespace Reporting.Ingest.Company;

/// <summary>One rotation week from a calendar and the hours of it the engineer was on call.</summary>
public sealed record RotationEntry(DateOnly WeekStart, string Team, string Engineer, double Hours);
