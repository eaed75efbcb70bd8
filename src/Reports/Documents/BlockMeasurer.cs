using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>Turns document blocks into measured slices for a page's content area.</summary>
internal sealed class BlockMeasurer(FontCache fonts, DocumentTheme theme, float contentWidth, float contentHeight)
{
    private const float BulletIndent = 14f;
    private const float BulletItemGap = 2f;
    private const string Bullet = "\u2022";

    public MeasuredBlock Measure(DocumentBlock block)
    {
        MeasuredBlock measured = block switch
        {
            HeadingBlock heading => MeasureHeading(heading),
            ParagraphBlock paragraph => MeasureParagraph(paragraph),
            BulletListBlock list => MeasureBullets(list),
            KeyFigureRowBlock row => new KeyFigureMeasurer(fonts, theme, contentWidth).Measure(row.Figures) with { SpaceAfter = theme.BlockSpacing * 1.5f },
            TableBlock table => new TableMeasurer(fonts, theme, contentWidth).Measure(table) with { SpaceAfter = theme.BlockSpacing * 1.5f },
            ChartBlock { Plot: not null } chart when float.IsFinite(chart.Height) && chart.Height > 0 =>
                new MeasuredBlock([new ChartSlice(chart.Plot, contentWidth, Math.Min(chart.Height, contentHeight))], 0, theme.BlockSpacing * 1.5f),
            ChartBlock => MeasuredBlock.Empty,
            SpacerBlock spacer => MeasuredBlock.Empty with { Gap = float.IsFinite(spacer.Height) ? Math.Max(0, spacer.Height) : 0 },
            PageBreakBlock => MeasuredBlock.Empty with { PageBreak = true },
            _ => throw new NotSupportedException($"No layout for {block.GetType().Name}."),
        };

        return measured with { KeepWithNext = measured.KeepWithNext || block.KeepWithNext };
    }

    private MeasuredBlock MeasureHeading(HeadingBlock heading)
    {
        float size = theme.HeadingSize(heading.Level);
        var style = new TextStyle(FontFace.Bold, size, theme.TextColor);
        IReadOnlyList<LayoutSlice> lines = TextLines(heading.Text, style, 1.2f, 0, contentWidth);

        // The whole heading is the lead: it never breaks across pages unless it is taller than a page.
        return new MeasuredBlock(lines, size * 0.9f, size * 0.4f) { LeadSlices = lines.Count, KeepWithNext = true };
    }

    private MeasuredBlock MeasureParagraph(ParagraphBlock paragraph)
    {
        var style = new TextStyle(paragraph.Face, theme.BodySize, theme.TextColor);
        IReadOnlyList<LayoutSlice> lines = TextLines(paragraph.Text, style, theme.LineSpacing, 0, contentWidth);

        // Two lead lines: a paragraph never leaves a single orphan line at the bottom of a page.
        return new MeasuredBlock(lines, 0, theme.BlockSpacing) { LeadSlices = 2 };
    }

    private MeasuredBlock MeasureBullets(BulletListBlock list)
    {
        var style = new TextStyle(FontFace.Regular, theme.BodySize, theme.TextColor);
        TextShaper font = fonts.Get(style);
        TextMetrics metrics = TextMetrics.For(font, theme.LineSpacing);
        float bulletWidth = font.Measure(Bullet);
        var slices = new List<LayoutSlice>();
        foreach (string? item in list.Items ?? [])
        {
            IReadOnlyList<TextLine> lines = LineWrapper.Wrap(TextSanitizer.Clean(item), font, contentWidth - BulletIndent);
            for (int i = 0; i < lines.Count; i++)
            {
                var fragments = new List<PageFragment> { LineFragment(lines[i], style, metrics, BulletIndent, contentWidth - BulletIndent) };
                if (i == 0)
                {
                    fragments.Add(new TextFragment(SKRect.Create(3f, 0, bulletWidth, metrics.LineHeight), metrics.BaselineOffset, Bullet, style));
                }

                float gap = i == lines.Count - 1 ? BulletItemGap : 0;
                slices.Add(new FixedSlice(metrics.LineHeight + gap, fragments));
            }
        }

        return new MeasuredBlock(slices, 0, theme.BlockSpacing) { LeadSlices = 2 };
    }

    /// <summary>One slice per wrapped line, so text can continue on the next page between any two lines.</summary>
    internal IReadOnlyList<LayoutSlice> TextLines(string? text, TextStyle style, float lineSpacing, float x, float width)
    {
        TextShaper font = fonts.Get(style);
        TextMetrics metrics = TextMetrics.For(font, lineSpacing);
        return LineWrapper.Wrap(TextSanitizer.Clean(text), font, width)
            .Select(line => (LayoutSlice)new FixedSlice(metrics.LineHeight, [LineFragment(line, style, metrics, x, width)]))
            .ToArray();
    }

    internal static TextFragment LineFragment(TextLine line, TextStyle style, TextMetrics metrics, float x, float width)
    {
        bool clip = line.Width > width + 0.01f;
        return new TextFragment(SKRect.Create(x, 0, clip ? width : line.Width, metrics.LineHeight), metrics.BaselineOffset, line.Text, style, clip);
    }
}
