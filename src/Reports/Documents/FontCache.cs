using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>
/// SKFont objects and text shapers for one layout or render pass. SKFont and HarfBuzz buffers are mutable
/// and not thread-safe, so each pass owns its cache while the typefaces and shaping fonts underneath are shared.
/// </summary>
internal sealed class FontCache : IDisposable
{
    private readonly Dictionary<(EmbeddedFont Font, float Size), SKFont> fonts = [];
    private readonly Dictionary<(FontFace Face, float Size), TextShaper> shapers = [];
    private readonly Dictionary<(SKFont Font, ushort Glyph), SKRect> inks = [];

    public TextShaper Get(FontFace face, float size)
    {
        if (!shapers.TryGetValue((face, size), out TextShaper? shaper))
        {
            shaper = new TextShaper(ReportFonts.Shared.Font(face), size, font => Font(font, size));
            shapers.Add((face, size), shaper);
        }

        return shaper;
    }

    public TextShaper Get(TextStyle style) => Get(style.Face, style.Size);

    /// <summary>
    /// The exact box of one glyph's outline at its origin. SKFont.GetGlyphWidths rounds bounds out to whole
    /// points, which at 9 pt makes every descender look as if it left its line.
    /// </summary>
    public SKRect GlyphInk(SKFont font, ushort glyph)
    {
        if (!inks.TryGetValue((font, glyph), out SKRect ink))
        {
            using SKPath? path = font.GetGlyphPath(glyph);
            ink = path?.TightBounds ?? SKRect.Empty;
            inks.Add((font, glyph), ink);
        }

        return ink;
    }

    public void Dispose()
    {
        foreach (TextShaper shaper in shapers.Values)
        {
            shaper.Dispose();
        }

        foreach (SKFont font in fonts.Values)
        {
            font.Dispose();
        }

        shapers.Clear();
        fonts.Clear();
        inks.Clear();
    }

    private SKFont Font(EmbeddedFont embedded, float size)
    {
        if (!fonts.TryGetValue((embedded, size), out SKFont? font))
        {
            // Unhinted, linear metrics: widths measured here match the PDF and every PNG DPI exactly.
            font = new SKFont(embedded.Typeface, size)
            {
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
            };
            fonts.Add((embedded, size), font);
        }

        return font;
    }
}
