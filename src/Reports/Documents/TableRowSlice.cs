using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>
/// One table row. Rows stay whole when possible; a row taller than a whole page is cut between lines.
/// </summary>
internal sealed class TableRowSlice : LayoutSlice
{
    private readonly IReadOnlyList<TableCell> cells;
    private readonly float rowWidth;
    private readonly TextStyle style;
    private readonly TextMetrics metrics;
    private readonly float padding;
    private readonly SKColor? fill;
    private readonly SKColor? rule;

    public TableRowSlice(
        IReadOnlyList<TableCell> cells,
        float rowWidth,
        TextStyle style,
        TextMetrics metrics,
        float padding,
        SKColor? fill,
        SKColor? rule)
    {
        this.cells = cells;
        this.rowWidth = rowWidth;
        this.style = style;
        this.metrics = metrics;
        this.padding = padding;
        this.fill = fill;
        this.rule = rule;
        int lineCount = Math.Max(1, cells.Count == 0 ? 1 : cells.Max(cell => cell.Lines.Count));
        Height = (2 * padding) + (lineCount * metrics.LineHeight);
    }

    public override float Height { get; }

    public override void Emit(float left, float top, List<PageFragment> page)
    {
        if (fill is { } background)
        {
            page.Add(new BoxFragment(SKRect.Create(left, top, rowWidth, Height), background));
        }

        if (rule is { } ruleColor)
        {
            page.Add(new BoxFragment(SKRect.Create(left, top + Height - 0.5f, rowWidth, 0.5f), ruleColor));
        }

        foreach (TableCell cell in cells)
        {
            float inner = cell.Width - (2 * padding);
            if (inner <= 0)
            {
                continue; // a column narrower than its padding has no room to show anything
            }

            for (int i = 0; i < cell.Lines.Count; i++)
            {
                TextLine line = cell.Lines[i];
                if (line.Text.Length == 0)
                {
                    continue;
                }

                float offset = cell.Alignment switch
                {
                    CellAlignment.Right => Math.Max(0, inner - line.Width),
                    CellAlignment.Center => Math.Max(0, (inner - line.Width) / 2),
                    _ => 0,
                };
                float lineTop = top + padding + (i * metrics.LineHeight);
                bool clip = line.Width > inner + 0.01f;
                var bounds = SKRect.Create(left + cell.X + padding + offset, lineTop, clip ? inner : line.Width, metrics.LineHeight);
                page.Add(new TextFragment(bounds, lineTop + metrics.BaselineOffset, line.Text, style, clip));
            }
        }
    }

    public override SliceSplit? SplitToFit(float available)
    {
        int fitting = (int)Math.Floor((available - (2 * padding)) / metrics.LineHeight);
        if (fitting < 1)
        {
            return null;
        }

        var head = cells.Select(cell => cell with { Lines = cell.Lines.Take(fitting).ToArray() }).ToArray();
        var tail = cells.Select(cell => cell with { Lines = cell.Lines.Skip(fitting).ToArray() }).ToArray();
        if (tail.All(cell => cell.Lines.Count == 0))
        {
            return null;
        }

        return new SliceSplit(
            new TableRowSlice(head, rowWidth, style, metrics, padding, fill, rule),
            new TableRowSlice(tail, rowWidth, style, metrics, padding, fill, rule));
    }
}
