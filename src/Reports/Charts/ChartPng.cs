using ScottPlot;
using SkiaSharp;

namespace Reporting.Reports.Charts;

/// <summary>
/// A chart as a PNG, for where vectors cannot go (an e-mail body). It is laid out in points like the PDF's charts,
/// so text keeps its print size relative to the bars, and drawn at <c>scale</c> pixels per point so it stays
/// sharp on high-density screens when shown at <c>width</c> CSS pixels.
/// </summary>
public static class ChartPng
{
    public static byte[] Render(Plot plot, float width, float height, float scale = 2f)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (!(width > 0 && height > 0 && scale is >= 0.5f and <= 8f))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), $"A {width}x{height} chart at scale {scale} cannot be drawn.");
        }

        int pixelWidth = (int)Math.Ceiling(width * scale);
        int pixelHeight = (int)Math.Ceiling(height * scale);

        // Opaque: a white chart reads on a dark-mode mail background, where transparency would leave dark text on dark.
        var info = new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using SKSurface surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not allocate a {pixelWidth}x{pixelHeight} surface.");
        SKCanvas canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        PlotCanvas.Draw(canvas, plot, new SKRect(0, 0, width, height));
        canvas.Flush();

        using SKImage image = surface.Snapshot();
        using SKData png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
