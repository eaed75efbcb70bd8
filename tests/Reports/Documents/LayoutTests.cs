using Reporting.Reports.Charts;
using Reporting.Reports.Documents;

namespace Reporting.Reports.Tests.Documents;

/// <summary>The layout pass on its own: measuring and paginating, without rendering.</summary>
public sealed class LayoutTests
{
    private static readonly PageMargins Margins = PageMargins.Default;
    private static readonly float ContentRight = PageSize.A4.Width - Margins.Right;

    [Fact]
    public void A_word_longer_than_a_line_is_broken_into_lines_that_fit()
    {
        string word = string.Concat(Enumerable.Repeat("Supercalifragilistic", 40));
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.Builder().Paragraph(word).Build());

        var lines = layout.Pages[0].Texts().Where(t => t.Text.StartsWith("Super", StringComparison.Ordinal) || word.Contains(t.Text, StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count > 3);
        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
        Assert.All(lines, line => Assert.True(line.Bounds.Right <= ContentRight + 0.01f, $"{line.Bounds.Right} > {ContentRight}"));
    }

    [Fact]
    public void A_long_url_breaks_after_a_separator_when_one_is_near()
    {
        string url = "https://support.example.com/tickets/" + string.Join('/', Enumerable.Range(0, 30).Select(i => $"segment{i}"));
        using var fonts = new FontCache();
        var lines = LineWrapper.Wrap(url, fonts.Get(FontFace.Regular, 10), 200);

        Assert.True(lines.Count > 2);
        Assert.Equal(url, string.Concat(lines.Select(l => l.Text)));
        Assert.All(lines.SkipLast(1), line => Assert.EndsWith("/", line.Text, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.True(line.Width <= 200.01f));
    }

    [Fact]
    public void Words_wrap_at_spaces_and_newlines_start_new_lines()
    {
        using var fonts = new FontCache();
        var lines = LineWrapper.Wrap("alpha beta gamma\n\ndelta", fonts.Get(FontFace.Regular, 10), 1000);

        Assert.Equal(["alpha beta gamma", "", "delta"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Wrapping_to_a_line_limit_ends_with_an_ellipsis_that_fits()
    {
        using var fonts = new FontCache();
        var lines = LineWrapper.Wrap(TestDocuments.Filler(5), fonts.Get(FontFace.Regular, 10), 120, maxLines: 2);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith("\u2026", lines[1].Text, StringComparison.Ordinal);
        Assert.All(lines, line => Assert.True(line.Width <= 120.01f));
    }

    [Fact]
    public void A_table_longer_than_a_page_splits_and_repeats_its_header_row()
    {
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.LongTable(rows: 90));

        Assert.True(layout.Pages.Count >= 2);
        foreach (LaidOutPage page in layout.Pages)
        {
            var header = page.Texts().Single(t => t.Text == "HdrTicket");
            var rows = page.Texts().Where(t => t.Text.StartsWith("T-", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, row => Assert.True(row.Bounds.Top > header.Bounds.Top));
        }

        // Every row exactly once, in order, across the pages.
        var allRows = layout.Pages.SelectMany(p => p.Texts()).Where(t => t.Text.StartsWith("T-", StringComparison.Ordinal)).Select(t => t.Text);
        Assert.Equal(Enumerable.Range(0, 90).Select(i => $"T-{i:000}"), allRows);
    }

    [Fact]
    public void A_table_can_opt_out_of_repeating_its_header()
    {
        var document = TestDocuments.Builder().Table(t =>
        {
            t.Column("HdrOnce").RepeatHeader(false);
            for (int i = 0; i < 120; i++)
            {
                t.Row($"row {i}");
            }
        }).Build();

        DocumentLayout layout = DocumentLayoutEngine.Layout(document);

        Assert.True(layout.Pages.Count >= 2);
        Assert.Equal(1, layout.Pages.Count(page => page.Contains("HdrOnce")));
    }

    [Fact]
    public void A_heading_never_ends_a_page_it_moves_to_the_next_page_with_its_content()
    {
        bool headingWasMoved = false;
        for (float spacer = 560; spacer <= 700; spacer += 3)
        {
            DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.Builder()
                .Paragraph("Intro line")
                .Spacer(spacer)
                .Heading("Moved heading")
                .Heading("Sub heading", 2)
                .Paragraph("Following paragraph. " + TestDocuments.Filler(3))
                .Build());

            TextFragment heading = layout.Find("Moved heading");
            int headingPage = layout.PageOf("Moved heading");
            Assert.Equal(headingPage, layout.PageOf("Sub heading"));
            Assert.Equal(headingPage, layout.PageOf("Following"));
            Assert.True(layout.Find("Following").Bounds.Top > heading.Bounds.Top);
            headingWasMoved |= headingPage == 2 && layout.PageOf("Intro line") == 1;
        }

        Assert.True(headingWasMoved, "No spacer size pushed the heading to the bottom of page 1; the test did not exercise keep-with-next.");
    }

    [Fact]
    public void Keep_with_next_on_a_paragraph_keeps_it_with_the_table_after_it()
    {
        bool moved = false;
        for (float spacer = 600; spacer <= 720; spacer += 3)
        {
            DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.Builder()
                .Paragraph("Intro line")
                .Spacer(spacer)
                .Paragraph("Table intro").KeepWithNext()
                .Table(t => t.Column("HdrA").Column("HdrB").Row("1", "2").Row("3", "4"))
                .Build());

            Assert.Equal(layout.PageOf("Table intro"), layout.PageOf("HdrA"));
            moved |= layout.PageOf("Table intro") == 2;
        }

        Assert.True(moved);
    }

    [Fact]
    public void Page_numbers_count_pages_in_the_footer()
    {
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.LongTable(rows: 150));

        Assert.True(layout.Pages.Count >= 3);
        foreach (LaidOutPage page in layout.Pages)
        {
            Assert.Contains(page.Texts(), t => t.Text == $"Page {page.Number} of {layout.Pages.Count}");
        }
    }

    [Fact]
    public void Page_breaks_start_pages_but_never_make_blank_ones()
    {
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.Builder()
            .PageBreak()
            .Paragraph("One")
            .PageBreak()
            .PageBreak()
            .Paragraph("Two")
            .PageBreak()
            .Build());

        Assert.Equal(2, layout.Pages.Count);
        Assert.Equal(1, layout.PageOf("One"));
        Assert.Equal(2, layout.PageOf("Two"));
    }

    [Fact]
    public void Empty_blocks_and_documents_lay_out_without_crashing()
    {
        var document = TestDocuments.Builder()
            .Heading(null)
            .Heading(string.Empty, 7)
            .Paragraph(null)
            .Paragraph(string.Empty)
            .Bullets()
            .Bullets(null, string.Empty)
            .KeyFigures()
            .KeyFigures(new KeyFigure(null, null))
            .Table(_ => { })
            .Table(t => t.Column("Only header"))
            .Table(t => t.Row("cells", "without", "columns"))
            .Table(t => t.Column(null).Row(null, null).Row())
            .Spacer(0)
            .Spacer(-5)
            .Spacer(float.NaN)
            .Add(new SpacerBlock(float.NaN))
            .Add(new ChartBlock(TestDocuments.FlowChart(), float.NaN))
            .Add(new BulletListBlock(null!))
            .Add(new KeyFigureRowBlock(null!))
            .Add(new TableBlock(null!, null!))
            .Build();

        DocumentLayout layout = DocumentLayoutEngine.Layout(document);
        DocumentLayout empty = DocumentLayoutEngine.Layout(TestDocuments.Builder().Build());

        Assert.Single(empty.Pages);
        Assert.Contains(empty.Pages[0].Texts(), t => t.Text == "Page 1 of 1");
        Assert.NotEmpty(layout.Pages);
        Assert.NotEmpty(PdfRenderer.ToBytes(layout));
    }

    [Fact]
    public void A_row_taller_than_a_page_is_cut_between_lines_and_stays_on_the_pages()
    {
        string huge = TestDocuments.Filler(400);
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.Builder()
            .Table(t => t.Column("HdrHuge", ColumnWidth.Relative(1)).Column("Short", ColumnWidth.Fixed(80)).Row(huge, "x"))
            .Build());

        Assert.True(layout.Pages.Count >= 2);
        float contentBottom = PageSize.A4.Height - Margins.Bottom;
        foreach (LaidOutPage page in layout.Pages)
        {
            Assert.Contains(page.Texts(), t => t.Text == "HdrHuge");
            Assert.All(page.Fragments, f => Assert.True(f.Bounds.Bottom <= contentBottom + 0.01f, $"{f} below {contentBottom}"));
        }
    }

    [Fact]
    public void A_chart_taller_than_a_page_shrinks_to_fit()
    {
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.Builder().Chart(TestDocuments.FlowChart(), 5000).Build());

        ChartFragment chart = Assert.Single(layout.Pages.SelectMany(p => p.Fragments).OfType<ChartFragment>());
        Assert.Single(layout.Pages);
        Assert.True(chart.Bounds.Bottom <= PageSize.A4.Height - Margins.Bottom);
    }

    [Fact]
    public void Column_widths_give_fixed_points_and_share_the_rest_by_weight()
    {
        TableColumn[] columns =
        [
            new("a", ColumnWidth.Fixed(100)),
            new("b", ColumnWidth.Relative(1)),
            new("c", ColumnWidth.Relative(3)),
        ];

        Assert.Equal([100f, 100f, 300f], TableMeasurer.ColumnWidths(columns, 500));

        float[] squeezed = TableMeasurer.ColumnWidths([new("a", ColumnWidth.Fixed(400)), new("b", ColumnWidth.Fixed(400))], 500);
        Assert.Equal(500f, squeezed.Sum(), 3);
    }

    [Fact]
    public void Key_figure_values_that_are_too_wide_shrink_or_are_cut_inside_their_tile()
    {
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.Builder()
            .KeyFigures(
                new KeyFigure("Backlog", "123 456 789 012 345 678", "+1", Trend.Bad),
                new KeyFigure(TestDocuments.Filler(3), "1", TestDocuments.Filler(3), Trend.Good),
                new KeyFigure("c", "3"),
                new KeyFigure("d", "4"))
            .Build());

        var tiles = layout.Pages[0].Fragments.OfType<BoxFragment>().Where(b => b.Bounds.Height > 20).ToList();
        Assert.Equal(4, tiles.Count);
        foreach (TextFragment text in layout.Pages[0].Texts().Where(t => t.Bounds.Top < tiles[0].Bounds.Bottom && t.Bounds.Top >= tiles[0].Bounds.Top))
        {
            Assert.Contains(tiles, tile => tile.Bounds.Left <= text.Bounds.Left && text.Bounds.Right <= tile.Bounds.Right + 0.01f);
        }
    }

    [Fact]
    public void Many_key_figures_wrap_onto_further_rows()
    {
        var figures = Enumerable.Range(0, 12).Select(i => new KeyFigure($"Figure {i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.Builder().KeyFigures(figures).Build());

        var tiles = layout.Pages[0].Fragments.OfType<BoxFragment>().Where(b => b.Bounds.Height > 20).ToList();
        Assert.Equal(12, tiles.Count);
        Assert.True(tiles.Select(t => t.Bounds.Top).Distinct().Count() > 1);
        Assert.All(tiles, t => Assert.True(t.Bounds.Right <= ContentRight + 0.01f));
    }

    [Fact]
    public void Letter_pages_and_custom_margins_are_respected()
    {
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.Builder()
            .PageSize(PageSize.Letter)
            .Margins(new PageMargins(30, 40, 50, 60))
            .Paragraph(TestDocuments.Filler(20))
            .Build());

        Assert.Equal(PageSize.Letter, layout.PageSize);
        Assert.All(layout.Pages[0].Texts(), t =>
        {
            Assert.True(t.Bounds.Left >= 60 - 0.01f);
            Assert.True(t.Bounds.Right <= 612 - 40 + 0.01f);
            Assert.True(t.Bounds.Top >= 30 - 0.01f);
            Assert.True(t.Bounds.Bottom <= 792 - 50 + 0.01f);
        });
    }

    [Fact]
    public void Margins_that_leave_no_room_are_rejected()
    {
        var document = TestDocuments.Builder().Margins(PageMargins.Uniform(400)).Paragraph("x").Build();

        Assert.Throws<ArgumentException>(() => DocumentLayoutEngine.Layout(document));
    }

    [Fact]
    public void Layout_is_deterministic()
    {
        static string Describe(DocumentLayout layout) => string.Join('\n', layout.Pages.SelectMany(p => p.Texts()).Select(t => $"{t.Text}@{t.Bounds}"));

        Assert.Equal(Describe(DocumentLayoutEngine.Layout(TestDocuments.LongTable())), Describe(DocumentLayoutEngine.Layout(TestDocuments.LongTable())));
    }
}
