using ScottPlot;

namespace Reporting.Reports.Documents;

/// <summary>
/// Fluent description of a document. Blocks are laid out in the order they are added.
/// </summary>
/// <example>
/// <code>
/// var document = new DocumentBuilder(new DocumentMetadata("Weekly digest", created))
///     .Header("Support — weekly digest", "2026-W47")
///     .Heading("Summary")
///     .KeyFigures(new KeyFigure("Inflow", "412", "+12 vs last week", Trend.Bad))
///     .Chart(plot, height: 220)
///     .Table(t => t.Column("Team").Column("Open", ColumnWidth.Fixed(50), CellAlignment.Right).Row("Billing", "17"))
///     .Build();
/// </code>
/// </example>
public sealed class DocumentBuilder(DocumentMetadata metadata)
{
    private readonly List<DocumentBlock> blocks = [];
    private PageSize pageSize = Documents.PageSize.A4;
    private PageMargins margins = PageMargins.Default;
    private DocumentTheme theme = DocumentTheme.Default;
    private string? headerText;
    private string? headerRightText;
    private string? footerText;
    private string pageNumberFormat = "Page {0} of {1}";

    public DocumentBuilder PageSize(PageSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        if (!(float.IsFinite(size.Width) && float.IsFinite(size.Height) && size.Width > 0 && size.Height > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "Page dimensions must be positive.");
        }

        pageSize = size;
        return this;
    }

    public DocumentBuilder Margins(PageMargins value)
    {
        ArgumentNullException.ThrowIfNull(value);
        float[] edges = [value.Top, value.Right, value.Bottom, value.Left];
        if (edges.Any(edge => !float.IsFinite(edge) || edge < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Margins must be zero or positive.");
        }

        margins = value;
        return this;
    }

    public DocumentBuilder Theme(DocumentTheme value)
    {
        theme = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>A one-line running header on every page, left text and optional right-aligned text.</summary>
    public DocumentBuilder Header(string? left, string? right = null)
    {
        headerText = left;
        headerRightText = right;
        return this;
    }

    /// <summary>Left footer text; the right side of the footer always shows the page number.</summary>
    public DocumentBuilder Footer(string? left)
    {
        footerText = left;
        return this;
    }

    /// <summary>Overrides "Page {0} of {1}", e.g. for another language.</summary>
    public DocumentBuilder PageNumbers(string format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(format);
        pageNumberFormat = format;
        return this;
    }

    public DocumentBuilder Heading(string? text, int level = 1) => Add(new HeadingBlock(text, level));

    public DocumentBuilder Paragraph(string? text, FontFace face = FontFace.Regular) => Add(new ParagraphBlock(text, face));

    public DocumentBuilder Bullets(params IEnumerable<string?> items) => Add(new BulletListBlock([.. items ?? []]));

    public DocumentBuilder KeyFigures(params IEnumerable<KeyFigure> figures) => Add(new KeyFigureRowBlock([.. figures ?? []]));

    public DocumentBuilder Table(Action<TableBuilder> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var table = new TableBuilder();
        describe(table);
        return Add(table.Build());
    }

    public DocumentBuilder Chart(Plot plot, float height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (!float.IsFinite(height) || height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, "A chart needs a positive height.");
        }

        return Add(new ChartBlock(plot, height));
    }

    public DocumentBuilder Spacer(float height) => Add(new SpacerBlock(float.IsFinite(height) ? Math.Max(0, height) : 0));

    public DocumentBuilder PageBreak() => Add(new PageBreakBlock());

    /// <summary>Keeps the last added block on the same page as the start of the next one.</summary>
    public DocumentBuilder KeepWithNext()
    {
        if (blocks.Count == 0)
        {
            throw new InvalidOperationException("Add a block before marking it keep-with-next.");
        }

        blocks[^1] = blocks[^1] with { KeepWithNext = true };
        return this;
    }

    public DocumentBuilder Add(DocumentBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        blocks.Add(block);
        return this;
    }

    public DocumentDefinition Build() => new(
        metadata,
        pageSize,
        margins,
        theme,
        blocks.ToArray(),
        headerText,
        headerRightText,
        footerText,
        pageNumberFormat);
}
