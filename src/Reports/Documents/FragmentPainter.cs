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

        TextShaper font = fonts.Get(text.Style);
        ShapedText shaped = font.Shape(text.Text);
        using SKTextBlob? blob = shaped.ToTextBlob();
        if (blob is null)
        {
            return;
        }

        paint.Color = text.Style.Color;
        SKRect ink = shaped.InkBounds(fonts.GlyphInk);
        ink.Offset(text.Bounds.Left, text.Baseline);

        // Stacked marks must not reach into the line or table row above or below: what leaves the line box
        // vertically is cut. The box is the face's ascent to descent; a fallback font (Arabic, whose dots and
        // vowel marks reach further) may use its own. Sideways, only a cluster wider than its box is cut.
        SKRect band = text.Bounds;
        SKFontMetrics face = font.Font.Metrics;
        foreach (ShapedRun run in shaped.Runs)
        {
            SKFontMetrics own = run.Font.Metrics;
            band.Top = Math.Min(band.Top, text.Bounds.Top - (face.Ascent - own.Ascent));
            band.Bottom = Math.Max(band.Bottom, text.Bounds.Bottom + (own.Descent - face.Descent));
        }

        bool spills = ink.Top < band.Top - 0.01f || ink.Bottom > band.Bottom + 0.01f;
        if (!text.Clip && !spills)
        {
            canvas.DrawText(blob, text.Bounds.Left, text.Baseline, paint);
            return;
        }

        SKRect clip = text.Clip
            ? new SKRect(text.Bounds.Left, band.Top, text.Bounds.Right, band.Bottom)
            : new SKRect(Math.Min(ink.Left, band.Left), band.Top, Math.Max(ink.Right, band.Right), band.Bottom);
        canvas.Save();
        canvas.ClipRect(clip);
        canvas.DrawText(blob, text.Bounds.Left, text.Baseline, paint);
        canvas.Restore();
    }

    private static void PaintChart(SKCanvas canvas, ChartFragment chart) => PlotCanvas.Draw(canvas, chart.Plot, chart.Bounds);
}
