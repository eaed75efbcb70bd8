namespace Reporting.Reports.Charts;

/// <summary>A category and its value, for ranked bar charts.</summary>
public sealed record CategoryValue(string? Category, double Value);
