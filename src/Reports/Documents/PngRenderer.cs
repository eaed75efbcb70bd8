using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>Renders the same layout as the PDF to one PNG per page, for previews.</summary>
public static class PngRenderer
{
    public const float MinimumDpi = 18f;
    public const float MaximumDpi = 600f;

    public static IReadOnlyList<byte[]> Render(DocumentLayout layout, float dpi = 96f)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (!float.IsFinite(dpi) || dpi < MinimumDpi || dpi > MaximumDpi)
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, $"DPI must be between {MinimumDpi} and {MaximumDpi}.");
        }

        float scale = dpi / 72f;
        int width = (int)Math.Ceiling(layout.PageSize.Width * scale);
        int height = (int)Math.Ceiling(layout.PageSize.Height * scale);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var pages = new List<byte[]>(layout.Pages.Count);

        using var painter = new FragmentPainter();
        using SKSurface surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not allocate a {width}x{height} surface.");
        foreach (LaidOutPage page in layout.Pages)
        {
            SKCanvas canvas = surface.Canvas;
            canvas.ResetMatrix();
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            painter.Paint(canvas, page);
            canvas.Flush();

            using SKImage image = surface.Snapshot();
            using SKData png = image.Encode(SKEncodedImageFormat.Png, 100);
            pages.Add(png.ToArray());
        }

        return pages;
    }
}
