namespace Reporting.Reports.Privacy;

/// <summary>A pattern for something that must not leave the warehouse, and what replaces it.</summary>
public sealed record MaskingRule(string Name, string Pattern, string Replacement);
