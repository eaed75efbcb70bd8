using Reporting.Warehouse.Calendar;
namespace Reporting.Reports.Charts;

/// <summary>How week ticks are labelled.</summary>
public enum IsoWeekLabels
{
    /// <summary>"W47", except "2026-W47" on the first label and wherever the year changes.</summary>
    Auto,

    /// <summary>Always "W47".</summary>
    Short,

    /// <summary>Always "2026-W47".</summary>
    Full,
}
