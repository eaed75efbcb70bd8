using Reporting.Warehouse.Calendar;
using ScottPlot;

namespace Reporting.Reports.Charts;

/// <summary>
/// Stacked bars per ISO week, layers listed bottom to top (e.g. effective, support, rotation hours adding
/// up to nominal hours). Weeks from <c>firstForecastIndex</c> on are shaded and drawn lighter with a dashed
/// outline, so forecasts read as such in colour and in grey print. Negative values are drawn as zero
/// because a stack of mixed signs has no honest reading.
/// </summary>
public static class StackedWeeklyChart
{
    private const double BarWidth = 0.7;

    public static Plot Build(
        IReadOnlyList<IsoWeek> weeks,
        IReadOnlyList<ChartSeries> layers,
        int? firstForecastIndex = null,
        string? title = null,
        string? valueLabel = null,
        string forecastLabel = "Forecast",
        ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(layers);
        theme ??= ChartTheme.Default;

        Plot plot = theme.CreatePlot();
        IReadOnlyDictionary<string, Color> colors = SeriesColors.Assign(layers.Select(l => l.Key));
        int forecastFrom = Math.Clamp(firstForecastIndex ?? weeks.Count, 0, weeks.Count);
        var legend = new List<LegendItem>();

        if (forecastFrom < weeks.Count)
        {
            var span = plot.Add.HorizontalSpan(forecastFrom - 0.5, weeks.Count - 0.5, theme.ForecastShade);
            span.LineWidth = 0;
        }

        var totals = new double[weeks.Count];
        foreach (ChartSeries layer in layers)
        {
            Color color = layer.Color ?? colors[layer.Key ?? string.Empty];
            var bars = new List<Bar>();
            for (int i = 0; i < weeks.Count && i < (layer.Values?.Count ?? 0); i++)
            {
                double value = layer.Values![i];
                if (!double.IsFinite(value) || value <= 0)
                {
                    continue;
                }

                bool forecast = i >= forecastFrom;
                bars.Add(new Bar
                {
                    Position = i,
                    ValueBase = totals[i],
                    Value = totals[i] + value,
                    Size = BarWidth,
                    FillColor = forecast ? color.WithAlpha(theme.ForecastOpacity) : color,
                    LineColor = forecast ? color : Colors.White,
                    LineWidth = forecast ? 0.75f : 0.5f,
                    LinePattern = forecast ? LinePattern.Dashed : LinePattern.Solid,
                });
                totals[i] += value;
            }

            plot.Add.Bars(bars);
            legend.Add(new LegendItem { LabelText = ChartText.Clean(layer.Key), FillColor = color });
        }

        if (forecastFrom < weeks.Count)
        {
            legend.Add(new LegendItem { LabelText = ChartText.Clean(forecastLabel), FillColor = theme.ForecastShade });
        }

        // Legend order reads top to bottom like the stack.
        legend.Reverse();
        IsoWeekAxis.Apply(plot, weeks);
        ValueAxis.ApplyVertical(plot, totals);
        plot.Title(ChartText.Clean(title));
        plot.YLabel(ChartText.Clean(valueLabel));
        theme.ShowLegendBelow(plot, legend);
        return plot;
    }
}
