namespace Reporting.Reports.Documents;

/// <summary>One tile in a key-figure row: a label, a big value and a small delta line such as "+12 vs last week".</summary>
public sealed record KeyFigure(string? Label, string? Value, string? Delta = null, Trend Trend = Trend.Neutral);
