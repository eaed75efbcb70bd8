using Reporting.Analytics.Capacity;
using Reporting.Reports.Charts;
using Reporting.Reports.Rendering;
using Reporting.Warehouse.Calendar;
using ScottPlot;

namespace Reporting.Reports.Capacity;

/// <summary>
/// A team's weeks as stacked hours that add up to the team's hours: left for planned work (green), support by
/// teammates off rotation (red), overflow teammates took on beyond what the rotation engineer could (purple), the
/// engineer on rotation (orange); forecast weeks shaded. Unserved overflow is not drawn: nobody had those hours.
/// The same picture in the digest and the capacity report.
/// </summary>
public static class CapacityChart
{
    public static Plot Build(IReadOnlyList<TeamWeek> teamWeeks, string title)
    {
        var weeks = teamWeeks.OrderBy(w => w.WeekStart).ToList();
        var firstForecast = weeks.FindIndex(w => w.Forecast);
        return StackedWeeklyChart.Build(
            weeks.Select(w => IsoWeek.Of(w.WeekStart)).ToList(),
            [
                new ChartSeries("Left for planned work", weeks.Select(w => Math.Max(0, w.EffectiveHours)).ToList(), ReportColors.Effective),
                new ChartSeries("Support by teammates", weeks.Select(w => w.LeakedHours).ToList(), ReportColors.Leaked),
                new ChartSeries("Overflow", weeks.Select(w => Math.Max(0, w.OverflowHours - w.UnservedHours)).ToList(), ReportColors.Overflow),
                new ChartSeries("On rotation", weeks.Select(w => w.RotationHours).ToList(), ReportColors.Rotation),
            ],
            firstForecastIndex: firstForecast < 0 ? null : firstForecast,
            title: title,
            valueLabel: "Hours");
    }
}
