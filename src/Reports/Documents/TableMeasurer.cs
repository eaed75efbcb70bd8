using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>Measures a table: column widths, wrapped cells, zebra rows and the repeatable header row.</summary>
internal sealed class TableMeasurer(FontCache fonts, DocumentTheme theme, float contentWidth)
{
    /// <summary>
    /// A word wider than its cell breaks inside, over at most this many lines, then ends with an ellipsis:
    /// a URL stays readable, and a 5,000-character token costs a row three lines instead of pages.
    /// </summary>
    internal const int MaxLinesPerWord = 3;

    public MeasuredBlock Measure(TableBlock table)
    {
        IReadOnlyList<TableColumn> columns = table.Columns ?? [];
        if (columns.Count == 0)
        {
            return MeasuredBlock.Empty;
        }

        float[] widths = ColumnWidths(columns, contentWidth);
        float[] offsets = new float[widths.Length];
        for (int i = 1; i < widths.Length; i++)
        {
            offsets[i] = offsets[i - 1] + widths[i - 1];
        }

        var headerStyle = new TextStyle(FontFace.Bold, theme.TableTextSize, theme.TextColor);
        var bodyStyle = new TextStyle(FontFace.Regular, theme.TableTextSize, theme.TextColor);
        TextShaper headerFont = fonts.Get(headerStyle);
        TextShaper bodyFont = fonts.Get(bodyStyle);
        TextMetrics metrics = TextMetrics.For(bodyFont, 1.25f);

        var header = new TableRowSlice(
            Cells(columns.Select(column => column.Header).ToArray(), columns, widths, offsets, headerFont),
            contentWidth,
            headerStyle,
            metrics,
            theme.CellPadding,
            theme.TableHeaderFill,
            theme.RuleColor);

        var slices = new List<LayoutSlice> { header };
        IReadOnlyList<IReadOnlyList<string?>> rows = table.Rows ?? [];
        for (int r = 0; r < rows.Count; r++)
        {
            SKColor? fill = table.Zebra && r % 2 == 1 ? theme.ZebraFill : null;
            SKColor? rule = table.Zebra ? null : theme.RuleColor;
            slices.Add(new TableRowSlice(Cells(rows[r] ?? [], columns, widths, offsets, bodyFont), contentWidth, bodyStyle, metrics, theme.CellPadding, fill, rule));
        }

        return new MeasuredBlock(slices, 0, theme.BlockSpacing)
        {
            LeadSlices = 2, // the header never sits alone at the bottom of a page
            ContinuationHeader = table.RepeatHeader ? header : null,
        };
    }

    /// <summary>
    /// Fixed columns get their points, relative columns share the rest by weight. If the fixed
    /// columns alone are too wide, every width is scaled down so the table still fits the page.
    /// </summary>
    internal static float[] ColumnWidths(IReadOnlyList<TableColumn> columns, float available)
    {
        float fixedTotal = columns.Where(c => c.Width.IsFixed).Sum(c => c.Width.Value);
        float relativeTotal = columns.Where(c => !c.Width.IsFixed).Sum(c => c.Width.Value);
        float leftover = Math.Max(0, available - fixedTotal);
        float[] widths = columns
            .Select(c => c.Width.IsFixed ? c.Width.Value : (relativeTotal > 0 ? leftover * c.Width.Value / relativeTotal : 0))
            .ToArray();

        float total = widths.Sum();
        if (total > available && total > 0)
        {
            float scale = available / total;
            for (int i = 0; i < widths.Length; i++)
            {
                widths[i] *= scale;
            }
        }

        return widths;
    }

    private TableCell[] Cells(IReadOnlyList<string?> texts, IReadOnlyList<TableColumn> columns, float[] widths, float[] offsets, TextShaper font)
    {
        var cells = new TableCell[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            string text = c < texts.Count ? TextSanitizer.Clean(texts[c]) : string.Empty;
            float inner = Math.Max(0, widths[c] - (2 * theme.CellPadding));
            cells[c] = new TableCell(offsets[c], widths[c], LineWrapper.Wrap(text, font, inner, maxLines: int.MaxValue, MaxLinesPerWord), columns[c].Alignment);
        }

        return cells;
    }
}
