using Reporting.Reports.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using PageSize = Reporting.Reports.Documents.PageSize;

namespace Reporting.Reports.Tests.Documents;

/// <summary>The PDF as a reader sees it, read back with PdfPig.</summary>
public sealed class PdfOutputTests
{
    [Fact]
    public void Metadata_is_written_from_the_definition()
    {
        using var pdf = Render(TestDocuments.Builder("Weekly digest 2026-W47").Paragraph("x").Build());

        Assert.Equal("Weekly digest 2026-W47", pdf.Information.Title);
        Assert.Equal("Reporting tests", pdf.Information.Author);
        Assert.Equal("Layer tests", pdf.Information.Subject);
        Assert.Equal("Reporting.Reports.Tests", pdf.Information.Creator);
        Assert.Equal(TestDocuments.Created, pdf.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Heading_and_paragraph_text_is_extractable()
    {
        using var pdf = Render(TestDocuments.Builder()
            .Heading("Quarterly capacity")
            .Paragraph("Inflow rose by twelve percent.")
            .Build());

        string text = pdf.GetPage(1).Text;
        Assert.Contains("Quarterly capacity", text, StringComparison.Ordinal);
        Assert.Contains("Inflow rose by twelve percent.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_says_page_x_of_y_and_the_page_count_is_as_laid_out()
    {
        DocumentDefinition definition = TestDocuments.Builder()
            .Paragraph("First")
            .PageBreak()
            .Paragraph("Second")
            .PageBreak()
            .Paragraph("Third")
            .Build();

        using var pdf = Render(definition);

        Assert.Equal(3, pdf.NumberOfPages);
        foreach (Page page in pdf.GetPages())
        {
            Assert.Contains($"Page {page.Number} of 3", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_long_table_repeats_its_header_row_at_the_top_of_each_continuation_page()
    {
        DocumentDefinition definition = TestDocuments.LongTable(rows: 120, header: true);
        int laidOut = DocumentLayoutEngine.Layout(definition).Pages.Count;

        using var pdf = Render(definition);

        Assert.True(pdf.NumberOfPages >= 3);
        Assert.Equal(laidOut, pdf.NumberOfPages);
        foreach (Page page in pdf.GetPages().Skip(1))
        {
            var lines = PdfAssertions.Lines(page);

            // Line 0 is the running header; the table's header row comes right after it.
            Assert.Contains("Running", lines[0]);
            Assert.Equal(["HdrTicket", "HdrTitle", "HdrCount"], lines[1]);
            Assert.StartsWith("T-", lines[2][0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_letter_is_outside_the_media_box()
    {
        using var table = Render(TestDocuments.LongTable(rows: 120, header: true));
        using var charts = Render(TestDocuments.WithCharts());
        using var letter = Render(TestDocuments.Builder().PageSize(PageSize.Letter).Margins(PageMargins.Uniform(10)).Paragraph(TestDocuments.Filler(80)).Build());

        PdfAssertions.LettersInsideMediaBox(table);
        PdfAssertions.LettersInsideMediaBox(charts);
        PdfAssertions.LettersInsideMediaBox(letter);
    }

    [Fact]
    public void Page_size_is_the_media_box()
    {
        using var a4 = Render(TestDocuments.Builder().Paragraph("a4").Build());
        using var letter = Render(TestDocuments.Builder().PageSize(PageSize.Letter).Paragraph("letter").Build());

        Assert.Equal(595.28, a4.GetPage(1).MediaBox.Bounds.Width, 0);
        Assert.Equal(612, letter.GetPage(1).MediaBox.Bounds.Width, 0);
        Assert.Equal(792, letter.GetPage(1).MediaBox.Bounds.Height, 0);
    }

    [Fact]
    public void The_same_definition_gives_the_same_bytes()
    {
        byte[] first = PdfRenderer.ToBytes(DocumentLayoutEngine.Layout(TestDocuments.LongTable()));
        byte[] second = PdfRenderer.ToBytes(DocumentLayoutEngine.Layout(TestDocuments.LongTable()));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Documents_render_concurrently()
    {
        var sizes = new int[6];
        Parallel.For(0, sizes.Length, new ParallelOptions { MaxDegreeOfParallelism = 3 }, i =>
            sizes[i] = PdfRenderer.ToBytes(DocumentLayoutEngine.Layout(TestDocuments.WithCharts())).Length);

        Assert.All(sizes, size => Assert.True(size > 1000));
    }

    private static PdfDocument Render(DocumentDefinition definition) =>
        PdfDocument.Open(PdfRenderer.ToBytes(DocumentLayoutEngine.Layout(definition)));
}
