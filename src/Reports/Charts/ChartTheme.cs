using ScottPlot;

namespace Reporting.Reports.Charts;

/// <summary>
/// House style for charts, sized in points for print: embedded Noto Sans, a light grid,
/// an open frame (left and bottom axes only) and the Okabe–Ito palette.
/// </summary>
public sealed record ChartTheme
{
    public static ChartTheme Default { get; } = new();

    public float TitleSize { get; init; } = 11f;

    public float AxisLabelSize { get; init; } = 9f;

    public float TickLabelSize { get; init; } = 8f;

    public float LegendSize { get; init; } = 8f;

    public Color TextColor { get; init; } = Color.FromHex("#262626");

    public Color AxisColor { get; init; } = Color.FromHex("#6E6E6E");

    public Color GridColor { get; init; } = Color.FromHex("#E3E3E3");

    /// <summary>Background band for forecast weeks.</summary>
    public Color ForecastShade { get; init; } = Color.FromHex("#8C8C8C").WithAlpha(0.14);

    /// <summary>Opacity of forecast bars, so measured and forecast values read differently in colour and grey.</summary>
    public double ForecastOpacity { get; init; } = 0.45;

    /// <summary>
    /// A new plot in this theme. Prefer this to <c>new Plot()</c> + <see cref="Apply"/>: the embedded font is
    /// registered before the plot's labels are created, so none of them starts out with a system font.
    /// </summary>
    public Plot CreatePlot()
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        Apply(plot);
        return plot;
    }

    /// <summary>Styles an existing plot; text the plot already holds keeps its own font settings.</summary>
    public void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ChartFonts.EnsureRegistered();
        plot.Add.Palette = OkabeIto.Instance;
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;

        // Name the family and clear any explicit typeface, so Bold picks the bold face.
        // (plot.Font.Set would pin the regular face on every label and on ScottPlot's global default.)
        UseEmbeddedFont(plot.Axes.Title.Label);
        plot.Axes.Title.Label.FontSize = TitleSize;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = TextColor;

        foreach (IAxis axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left, plot.Axes.Top, plot.Axes.Right })
        {
            UseEmbeddedFont(axis.Label);
            UseEmbeddedFont(axis.TickLabelStyle);
            axis.Label.FontSize = AxisLabelSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = TextColor;
            axis.TickLabelStyle.FontSize = TickLabelSize;
            axis.TickLabelStyle.ForeColor = TextColor;
            axis.MajorTickStyle.Color = AxisColor;
            axis.MajorTickStyle.Length = 3;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = AxisColor;
            axis.FrameLineStyle.Width = 0.75f;
        }

        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;

        plot.Grid.MajorLineColor = GridColor;
        plot.Grid.MajorLineWidth = 0.5f;
        plot.Grid.MinorLineColor = Colors.Transparent;

        // Detecting "best" fonts would consult system fonts; the embedded face is always used instead.
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = ChartFonts.FamilyName;
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontColor = TextColor;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.85);
    }

    /// <summary>A legend in one row under the chart, where it never covers bars.</summary>
    public void ShowLegendBelow(Plot plot, IEnumerable<LegendItem> items)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Legend.ManualItems.Clear();
        plot.Legend.ManualItems.AddRange(items);
        plot.Legend.Orientation = Orientation.Horizontal;

        // One row holds the capacity chart's five items at the digest's width only with items sized to their
        // labels and small swatches; ScottPlot reserves one row under the chart and drops items that wrap past it.
        plot.Legend.TightHorizontalWrapping = true;
        plot.Legend.SymbolWidth = 10;
        plot.Legend.SymbolPadding = 4;
        plot.Legend.Margin = new PixelPadding(0);

        // ScottPlot pads a legend panel by 20 px on each side; at print size that is a visible hole.
        var panel = plot.ShowLegend(Edge.Bottom);
        panel.Padding = new PixelPadding(left: 0, right: 0, bottom: 0, top: 2);
    }

    private static void UseEmbeddedFont(LabelStyle label)
    {
        label.FontName = ChartFonts.FamilyName;
        label.Font = null;
    }
}
