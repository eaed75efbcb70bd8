using ScottPlot;
using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>Draws laid-out fragments onto any Skia canvas (PDF page or raster surface) in points.</summary>
internal sealed class FragmentPainter : IDisposable
{
    private readonly FontCache fonts = new();
    private readonly SKPaint paint = new() { IsAntialias = true, Style = SKPaintStyle.Fill };

    public void Paint(SKCanvas canvas, LaidOutPage page)
    {
        foreach (PageFragment fragment in page.Fragments)
        {
            switch (fragment)
            {
                case BoxFragment box:
                    paint.Color = box.Fill;
                    canvas.DrawRect(box.Bounds, paint);
                    break;
                case TextFragment text:
                    PaintText(canvas, text);
                    break;
                case ChartFragment chart:
                    PaintChart(canvas, chart);
                    break;
            }
        }
    }

    public void Dispose()
    {
        paint.Dispose();
        fonts.Dispose();
    }

    private void PaintText(SKCanvas canvas, TextFragment text)
    {
        if (text.Text.Length == 0)
        {
            return;
        }

        paint.Color = text.Style.Color;
        SKFont font = fonts.Get(text.Style);
        if (!text.Clip)
        {
            canvas.DrawText(text.Text, text.Bounds.Left, text.Baseline, SKTextAlign.Left, font, paint);
            return;
        }

        canvas.Save();
        canvas.ClipRect(text.Bounds);
        canvas.DrawText(text.Text, text.Bounds.Left, text.Baseline, SKTextAlign.Left, font, paint);
        canvas.Restore();
    }

    private static void PaintChart(SKCanvas canvas, ChartFragment chart)
    {
        SKRect bounds = chart.Bounds;
        var size = new PixelSize(bounds.Width, bounds.Height);
        lock (chart.Plot.Sync)
        {
            // ScottPlot lays a new plot out and renders it twice during its first Render;
            // a throwaway render keeps that second copy out of the page.
            if (chart.Plot.RenderManager.RenderCount == 0)
            {
                using var throwaway = new SKNoDrawCanvas((int)Math.Ceiling(bounds.Width), (int)Math.Ceiling(bounds.Height));
                chart.Plot.Render(throwaway, new PixelRect(size));
            }

            int saved = canvas.Save();
            canvas.ClipRect(bounds);
            chart.Plot.Render(canvas, new PixelRect(new Pixel(bounds.Left, bounds.Top), size));
            canvas.RestoreToCount(saved);
        }
    }
}
