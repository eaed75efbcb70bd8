using Reporting.Reports.Charts;
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

    private static void PaintChart(SKCanvas canvas, ChartFragment chart) => PlotCanvas.Draw(canvas, chart.Plot, chart.Bounds);
}
