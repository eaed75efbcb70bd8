using ScottPlot;
using SkiaSharp;

namespace Reporting.Reports.Charts;

/// <summary>Draws a plot into a rectangle of any Skia canvas: a PDF page, a page preview or a PNG of its own.</summary>
internal static class PlotCanvas
{
    public static void Draw(SKCanvas canvas, Plot plot, SKRect bounds)
    {
        var size = new PixelSize(bounds.Width, bounds.Height);
        lock (plot.Sync)
        {
            // ScottPlot lays a new plot out and renders it twice during its first Render;
            // a throwaway render keeps that second copy out of the picture.
            if (plot.RenderManager.RenderCount == 0)
            {
                using var throwaway = new SKNoDrawCanvas((int)Math.Ceiling(bounds.Width), (int)Math.Ceiling(bounds.Height));
                plot.Render(throwaway, new PixelRect(size));
            }

            int saved = canvas.Save();
            canvas.ClipRect(bounds);
            plot.Render(canvas, new PixelRect(new Pixel(bounds.Left, bounds.Top), size));
            canvas.RestoreToCount(saved);
        }
    }
}
