namespace Reporting.Reports.Charts;

/// <summary>How several series over the same weeks are drawn.</summary>
public enum SeriesStyle
{
    GroupedBars,
    Lines,
}
