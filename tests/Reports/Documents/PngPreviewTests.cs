using Reporting.Reports.Documents;
using SkiaSharp;

namespace Reporting.Reports.Tests.Documents;

public sealed class PngPreviewTests
{
    [Theory]
    [InlineData(72f)]
    [InlineData(150f)]
    public void Each_page_becomes_a_non_blank_png_at_the_requested_dpi(float dpi)
    {
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.LongTable(rows: 120, header: true));

        IReadOnlyList<byte[]> pngs = PngRenderer.Render(layout, dpi);

        Assert.True(layout.Pages.Count >= 2);
        Assert.Equal(layout.Pages.Count, pngs.Count);
        foreach (byte[] png in pngs)
        {
            using SKBitmap bitmap = SKBitmap.Decode(png);
            Assert.Equal((int)Math.Ceiling(PageSize.A4.Width * dpi / 72), bitmap.Width);
            Assert.Equal((int)Math.Ceiling(PageSize.A4.Height * dpi / 72), bitmap.Height);
            Assert.True(InkFraction(bitmap) > 0.002, "page is blank"); // a sparse table page inks about 1 %
        }
    }

    [Fact]
    public void Preview_and_pdf_have_the_same_page_count()
    {
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.WithCharts());

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(PdfRenderer.ToBytes(layout));

        Assert.Equal(pdf.NumberOfPages, PngRenderer.Render(layout, 50).Count);
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(-1f)]
    [InlineData(float.NaN)]
    [InlineData(10_000f)]
    public void Unreasonable_dpi_is_rejected(float dpi)
    {
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.Builder().Paragraph("x").Build());

        Assert.Throws<ArgumentOutOfRangeException>(() => PngRenderer.Render(layout, dpi));
    }

    private static double InkFraction(SKBitmap bitmap)
    {
        int ink = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                SKColor c = bitmap.GetPixel(x, y);
                ink += c.Red < 200 || c.Green < 200 || c.Blue < 200 ? 1 : 0;
            }
        }

        return ink / (bitmap.Width * bitmap.Height / 4.0);
    }
}
