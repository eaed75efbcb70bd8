namespace Reporting.Reports.Charts;

/// <summary>A named series of values, one per x position (e.g. per week). Non-finite values are skipped.</summary>
public sealed record ChartSeries(string Key, IReadOnlyList<double> Values);
