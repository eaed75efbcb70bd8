using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>
/// Lays out key-figure tiles in rows of equal width. Each tile's text is bounded (label and delta
/// at most two lines, the value one line that shrinks, then ellipsizes) so tiles never overflow.
/// </summary>
internal sealed class KeyFigureMeasurer(FontCache fonts, DocumentTheme theme, float contentWidth)
{
    private const float Gap = 8f;
    private const float Padding = 8f;
    private const float MinimumTileWidth = 88f;
    private const float MinimumValueScale = 0.6f;

    public MeasuredBlock Measure(IReadOnlyList<KeyFigure> figures)
    {
        figures ??= [];
        if (figures.Count == 0)
        {
            return MeasuredBlock.Empty;
        }

        int perRow = Math.Clamp((int)((contentWidth + Gap) / (MinimumTileWidth + Gap)), 1, figures.Count);
        float tileWidth = (contentWidth - (Gap * (perRow - 1))) / perRow;
        var slices = new List<LayoutSlice>();
        for (int start = 0; start < figures.Count; start += perRow)
        {
            var row = figures.Skip(start).Take(perRow).Select(figure => Tile(figure, tileWidth)).ToArray();
            float height = row.Max(tile => tile.Height);
            var fragments = new List<PageFragment>();
            for (int i = 0; i < row.Length; i++)
            {
                float x = i * (tileWidth + Gap);
                fragments.Add(new BoxFragment(SKRect.Create(x, 0, tileWidth, height), theme.TileFill));
                fragments.AddRange(row[i].Fragments.Select(fragment => fragment.Offset(x, 0)));
            }

            // Rows of tiles are separated by the same gap as tiles within a row.
            bool last = start + perRow >= figures.Count;
            slices.Add(new FixedSlice(height + (last ? 0 : Gap), fragments));
        }

        return new MeasuredBlock(slices, 0, theme.BlockSpacing);
    }

    private (float Height, List<PageFragment> Fragments) Tile(KeyFigure? figure, float width)
    {
        float inner = Math.Max(0, width - (2 * Padding));
        var fragments = new List<PageFragment>();
        float y = Padding;

        var labelStyle = new TextStyle(FontFace.Regular, theme.KeyFigureLabelSize, theme.MutedColor);
        y = AddLines(fragments, TextSanitizer.Clean(figure?.Label), labelStyle, inner, maxLines: 2, y);

        string value = TextSanitizer.Clean(figure?.Value);
        if (value.Length > 0)
        {
            (TextStyle valueStyle, TextLine line) = FitValue(value, inner);
            TextMetrics metrics = TextMetrics.For(fonts.Get(valueStyle), 1.15f);
            fragments.Add(BlockMeasurer.LineFragment(line, valueStyle, metrics, Padding, inner).Offset(0, y));
            y += metrics.LineHeight;
        }

        var deltaStyle = new TextStyle(FontFace.Regular, theme.KeyFigureDeltaSize, theme.TrendColor(figure?.Trend ?? Trend.Neutral));
        y = AddLines(fragments, TextSanitizer.Clean(figure?.Delta), deltaStyle, inner, maxLines: 2, y);

        return (y + Padding, fragments);
    }

    private float AddLines(List<PageFragment> fragments, string text, TextStyle style, float width, int maxLines, float y)
    {
        TextShaper font = fonts.Get(style);
        TextMetrics metrics = TextMetrics.For(font, 1.25f);
        foreach (TextLine line in LineWrapper.Wrap(text, font, width, maxLines))
        {
            fragments.Add(BlockMeasurer.LineFragment(line, style, metrics, Padding, width).Offset(0, y));
            y += metrics.LineHeight;
        }

        return y;
    }

    /// <summary>Big numbers shrink (down to 60 %) before they are cut, so "1 234 567" stays readable in a narrow tile.</summary>
    private (TextStyle Style, TextLine Line) FitValue(string value, float width)
    {
        float size = theme.KeyFigureValueSize;
        var style = new TextStyle(FontFace.Bold, size, theme.TextColor);
        float natural = fonts.Get(style).Measure(value.Replace('\n', ' '));
        if (natural > width && natural > 0)
        {
            size = Math.Max(size * MinimumValueScale, size * width / natural);
            size = MathF.Floor(size * 2) / 2; // half-point steps keep the font cache small
            style = style with { Size = size };
        }

        return (style, LineWrapper.SingleLine(value, fonts.Get(style), width));
    }
}
