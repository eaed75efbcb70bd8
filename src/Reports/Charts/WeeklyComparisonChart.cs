using Reporting.Warehouse.Calendar;
using ScottPlot;

namespace Reporting.Reports.Charts;

/// <summary>
/// Several series per ISO week side by side, as grouped bars or lines (e.g. inflow vs resolved tickets).
/// Each series keeps its stable colour (<see cref="SeriesColors"/>); the value axis starts at zero.
/// </summary>
public static class WeeklyComparisonChart
{
    private const double GroupWidth = 0.8;

    public static Plot Build(
        IReadOnlyList<IsoWeek> weeks,
        IReadOnlyList<ChartSeries> series,
        SeriesStyle style = SeriesStyle.GroupedBars,
        string? title = null,
        string? valueLabel = null,
        ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(series);
        theme ??= ChartTheme.Default;

        Plot plot = theme.CreatePlot();
        IReadOnlyDictionary<string, Color> colors = SeriesColors.Assign(series.Select(s => s.Key));
        var legend = new List<LegendItem>();
        double barWidth = GroupWidth / Math.Max(1, series.Count);

        for (int s = 0; s < series.Count; s++)
        {
            ChartSeries current = series[s];
            Color color = current.Color ?? colors[current.Key ?? string.Empty];
            int count = Math.Min(weeks.Count, current.Values?.Count ?? 0);
            if (style == SeriesStyle.Lines)
            {
                AddLine(plot, current, count, color);
                legend.Add(new LegendItem { LabelText = ChartText.Clean(current.Key), LineColor = color, LineWidth = 2, MarkerColor = color, MarkerShape = MarkerShape.FilledCircle, MarkerSize = 5 });
            }
            else
            {
                double offset = -GroupWidth / 2 + (barWidth * (s + 0.5));
                var bars = Enumerable.Range(0, count)
                    .Where(i => double.IsFinite(current.Values![i]))
                    .Select(i => new Bar { Position = i + offset, Value = current.Values![i], Size = barWidth * 0.92, FillColor = color, LineWidth = 0 })
                    .ToList();
                plot.Add.Bars(bars);
                legend.Add(new LegendItem { LabelText = ChartText.Clean(current.Key), FillColor = color });
            }
        }

        IsoWeekAxis.Apply(plot, weeks);
        ValueAxis.ApplyVertical(plot, series.SelectMany(s => s.Values ?? []));
        plot.Title(ChartText.Clean(title));
        plot.YLabel(ChartText.Clean(valueLabel));
        theme.ShowLegendBelow(plot, legend);
        return plot;
    }

    private static void AddLine(Plot plot, ChartSeries series, int count, Color color)
    {
        // Non-finite values break the line instead of dropping to zero.
        double[] xs = Enumerable.Range(0, count).Select(i => (double)i).ToArray();
        double[] ys = Enumerable.Range(0, count).Select(i => double.IsFinite(series.Values[i]) ? series.Values[i] : double.NaN).ToArray();
        var line = plot.Add.Scatter(xs, ys, color);
        line.LineWidth = 2;
        line.MarkerSize = 5;
        line.MarkerShape = MarkerShape.FilledCircle;
    }
}
