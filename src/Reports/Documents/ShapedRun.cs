using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>
/// Glyphs of one font and one direction, already in visual order. <paramref name="Positions"/> are from the
/// run's left edge on the baseline; <paramref name="Clusters"/> give, for each glyph, the UTF-16 offset in
/// <paramref name="Text"/> of the characters it draws, so the PDF can say which text the glyphs stand for.
/// </summary>
internal sealed record ShapedRun(SKFont Font, ushort[] Glyphs, SKPoint[] Positions, string Text, int[] Clusters, float Width);
