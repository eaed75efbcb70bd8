using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>Line height and where the baseline sits inside a line, for one font and line spacing.</summary>
internal readonly record struct TextMetrics(float LineHeight, float BaselineOffset)
{
    public static TextMetrics For(TextShaper font, float lineSpacing)
    {
        SKFontMetrics m = font.Font.Metrics;
        float glyphHeight = m.Descent - m.Ascent;
        float lineHeight = Math.Max(glyphHeight, font.Size * lineSpacing);

        // Centre the ascent-to-descent box in the line so extra spacing is shared above and below.
        return new TextMetrics(lineHeight, ((lineHeight - glyphHeight) / 2) - m.Ascent);
    }
}
