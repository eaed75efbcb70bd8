using Reporting.Reports.Documents;
using ScottPlot;
using SkiaSharp;

namespace Reporting.Reports.Charts;

/// <summary>Answers ScottPlot's typeface requests for <see cref="ChartFonts.FamilyName"/> with the shared embedded faces.</summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing)
    {
        if (!string.Equals(fontName, ChartFonts.FamilyName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        ReportFonts fonts = ReportFonts.Shared;
        if (weight >= FontWeight.SemiBold)
        {
            return fonts.Bold; // no bold-italic face ships; bold matters more in charts
        }

        return slant == FontSlant.Upright ? fonts.Regular : fonts.Italic;
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => CreateTypeface(
        fontName,
        bold ? FontWeight.Bold : FontWeight.Normal,
        italic ? FontSlant.Italic : FontSlant.Upright,
        FontSpacing.Normal);
}
