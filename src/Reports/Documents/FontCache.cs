using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>
/// SKFont objects for one layout or render pass. SKFont is mutable and not thread-safe,
/// so each pass owns its cache while the typefaces underneath are shared.
/// </summary>
internal sealed class FontCache : IDisposable
{
    private readonly Dictionary<(FontFace Face, float Size), SKFont> fonts = [];

    public SKFont Get(FontFace face, float size)
    {
        if (!fonts.TryGetValue((face, size), out SKFont? font))
        {
            // Unhinted, linear metrics: widths measured here match the PDF and every PNG DPI exactly.
            font = new SKFont(ReportFonts.Shared.Get(face), size)
            {
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
            };
            fonts.Add((face, size), font);
        }

        return font;
    }

    public SKFont Get(TextStyle style) => Get(style.Face, style.Size);

    public void Dispose()
    {
        foreach (SKFont font in fonts.Values)
        {
            font.Dispose();
        }

        fonts.Clear();
    }
}
