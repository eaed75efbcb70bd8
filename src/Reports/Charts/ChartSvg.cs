using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;
using SkiaSharp;

namespace Reporting.Reports.Charts;

/// <summary>
/// A chart as an SVG document, for web pages: the same layout in points as the PDF's charts (so text keeps its size
/// relative to the bars), drawn through Skia's SVG canvas. Text stays text, in the chart's font family; the browser
/// falls back to its own sans-serif where that font is not installed.
/// </summary>
public static partial class ChartSvg
{
    public static string Render(Plot plot, float width, float height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (!(width is > 0 and <= 4096 && height is > 0 and <= 4096))
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"A {width}x{height} chart cannot be drawn.");
        }

        var bounds = new SKRect(0, 0, width, height);
        using var stream = new MemoryStream();
        // The canvas writes the document's end when disposed, so it is read only after.
        using (var wrapped = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(bounds, wrapped))
        {
            using var white = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(bounds, white);
            PlotCanvas.Draw(canvas, plot, bounds);
        }

        // Glyphs are placed for the chart's font; where it is missing, a sans-serif stands closer in than the serif default.
        return FontFamily().Replace(Encoding.UTF8.GetString(stream.ToArray()), "font-family=\"$1, sans-serif\"");
    }

    [GeneratedRegex("font-family=\"([^\",]+)\"")]
    private static partial Regex FontFamily();
}
