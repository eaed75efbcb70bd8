using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Reporting.Reports.Charts;

/// <summary>
/// Horizontal bars for the top categories, largest on top, each bar labelled with its value.
/// Long category names are shortened with an ellipsis so they cannot squeeze the bars away.
/// With <c>keepOrder</c> the bars keep the caller's order, first on top: for a list ranked on more than the
/// charted value, so a chart and the table beside it show the same rows in the same order.
/// </summary>
public static class RankedBarChart
{
    private const int MaxCategoryLength = 32;

    public static Plot Build(
        IReadOnlyList<CategoryValue> values,
        int top = 10,
        string? title = null,
        string? valueLabel = null,
        string valueFormat = "N0",
        Color? color = null,
        ChartTheme? theme = null,
        bool keepOrder = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        theme ??= ChartTheme.Default;

        Plot plot = theme.CreatePlot();

        // Stable order for ties, then the largest at the highest position (top of the chart).
        var finite = values.Where(v => v is not null && double.IsFinite(v.Value));
        CategoryValue[] ranked = (keepOrder ? finite : finite.OrderByDescending(v => v.Value).ThenBy(v => v.Category, StringComparer.Ordinal))
            .Take(Math.Max(0, top))
            .Reverse()
            .ToArray();

        Color fill = color ?? OkabeIto.Blue;
        var bars = ranked.Select((v, i) => new Bar
        {
            Position = i,
            Value = v.Value,
            Size = 0.7,
            FillColor = fill,
            LineWidth = 0,
            Label = v.Value.ToString(valueFormat, CultureInfo.InvariantCulture),
            Orientation = Orientation.Horizontal,
        }).ToList();

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = theme.TickLabelSize;
        barPlot.ValueLabelStyle.ForeColor = theme.TextColor;
        barPlot.ValueLabelStyle.FontName = ChartFonts.FamilyName;

        var ticks = ranked.Select((v, i) => Tick.Major(i, ChartText.Clean(v.Category, MaxCategoryLength))).ToArray();
        plot.Axes.Left.TickGenerator = new NumericManual(ticks);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimitsY(-0.6, Math.Max(ranked.Length, 1) - 0.4);

        // Extra headroom on the value axis for the value labels at the bar ends.
        (double min, double max) = ValueAxis.FromZero(ranked.Select(v => v.Value));
        plot.Axes.SetLimitsX(min, max * 1.1);

        plot.Title(ChartText.Clean(title));
        plot.XLabel(ChartText.Clean(valueLabel));
        return plot;
    }
}
