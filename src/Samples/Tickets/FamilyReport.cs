namespace Reporting.Samples;

/// <summary>When one report of a family is filed: a day of the period, or an exact instant (outages).</summary>
internal readonly record struct FamilyReport(int DayIndex, DateTime? ExactUtc);
