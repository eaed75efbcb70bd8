using Reporting.Warehouse.Calendar;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Reporting.Reports.Charts;

/// <summary>
/// Puts a sequence of ISO weeks on a plot's bottom axis: week i sits at x = i, and labels are
/// thinned to at most <c>maxLabels</c> so they never collide.
/// </summary>
public static class IsoWeekAxis
{
    public static void Apply(Plot plot, IReadOnlyList<IsoWeek> weeks, IsoWeekLabels format = IsoWeekLabels.Auto, int maxLabels = 13)
    {
        ArgumentNullException.ThrowIfNull(plot);
        IReadOnlyList<string> labels = Labels(weeks, format, maxLabels);
        var ticks = new List<Tick>(labels.Count);
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i].Length > 0)
            {
                ticks.Add(Tick.Major(i, labels[i]));
            }
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual(ticks.ToArray());
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(-0.5, Math.Max(weeks.Count, 1) - 0.5);
    }

    /// <summary>One label per week; empty where a label is skipped to keep at most <paramref name="maxLabels"/>.</summary>
    public static IReadOnlyList<string> Labels(IReadOnlyList<IsoWeek> weeks, IsoWeekLabels format = IsoWeekLabels.Auto, int maxLabels = 13)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        int step = Math.Max(1, (int)Math.Ceiling(weeks.Count / (double)Math.Max(1, maxLabels)));
        var labels = new string[weeks.Count];
        int? lastLabelledYear = null;
        for (int i = 0; i < weeks.Count; i++)
        {
            if (i % step != 0)
            {
                labels[i] = string.Empty;
                continue;
            }

            IsoWeek week = weeks[i];
            bool full = format == IsoWeekLabels.Full
                || (format == IsoWeekLabels.Auto && week.Year != lastLabelledYear);
            labels[i] = full ? week.ToString() : week.ShortLabel;
            lastLabelledYear = week.Year;
        }

        return labels;
    }
}
