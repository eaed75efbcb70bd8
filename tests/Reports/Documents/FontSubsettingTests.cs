using Reporting.Reports.Documents;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Reporting.Reports.Tests.Documents;

public sealed class FontSubsettingTests
{
    [Fact]
    public void Subsetting_shrinks_the_pdf_without_changing_what_it_shows()
    {
        DocumentLayout layout = DocumentLayoutEngine.Layout(TestDocuments.Builder()
            .Heading("Ünïcödé Ça va — Å ø ß ﬁ € “quotes” …")
            .Paragraph("Accents and composites: é è ê ë à â ä ô ö û ü ç ñ Å Ǻ ǻ ő ű ț ș. Greek αβγ, Cyrillic жзи. CJK 漢字 is tofu.")
            .Table(t => t.Column("Ticket").Column("Title").Row("SUP-1", "Café crème"))
            .Chart(TestDocuments.FlowChart(), 200)
            .Build());

        byte[] subset = PdfRenderer.ToBytes(layout);
        byte[] whole = PdfRenderer.ToBytes(layout, subsetFonts: false);

        Assert.True(subset.Length * 4 < whole.Length, $"subset {subset.Length} vs whole {whole.Length}");
        using var small = PdfDocument.Open(subset);
        using var large = PdfDocument.Open(whole);
        Assert.Equal(large.NumberOfPages, small.NumberOfPages);
        for (int page = 1; page <= large.NumberOfPages; page++)
        {
            var expected = large.GetPage(page).Letters;
            var actual = small.GetPage(page).Letters;
            Assert.Equal(expected.Select(l => l.Value), actual.Select(l => l.Value));

            // Glyph boxes come from the embedded outlines: a stripped glyph would have lost its box.
            Assert.Equal(expected.Select(l => l.BoundingBox.ToString()), actual.Select(l => l.BoundingBox.ToString()));
        }
    }

    [Fact]
    public void Stripped_fonts_keep_glyph_ids_and_metrics_and_only_the_used_outlines()
    {
        byte[] font = FontResource("NotoSans-Regular.ttf");
        using SKTypeface original = SKTypeface.FromData(SKData.CreateCopy(font));
        ushort[] used = original.GetGlyphs("Aé");
        ushort unused = original.GetGlyph('Z');

        byte[] stripped = TrueTypeGlyphStripper.Strip(font, used.Select(g => (int)g))!;

        Assert.True(stripped.Length < font.Length / 4);
        using SKTypeface typeface = SKTypeface.FromData(SKData.CreateCopy(stripped));
        using var strippedFont = new SKFont(typeface, 12);
        using var originalFont = new SKFont(original, 12);
        Assert.Equal(original.GlyphCount, typeface.GlyphCount);
        Assert.Equal(originalFont.MeasureText("AéZ"), strippedFont.MeasureText("AéZ"));
        Assert.All(used, glyph => Assert.False(strippedFont.GetGlyphPath(glyph).IsEmpty));
        Assert.True(strippedFont.GetGlyphPath(unused).IsEmpty);
    }

    [Fact]
    public void Something_that_is_not_a_skia_pdf_passes_through_unchanged()
    {
        byte[] notPdf = "%PDF-1.4\nnot really\n%%EOF\n"u8.ToArray();

        Assert.Same(notPdf, PdfFontSubsetter.Subset(notPdf));
        Assert.Null(TrueTypeGlyphStripper.Strip("OTTO and more bytes"u8, [1]));
    }

    private static byte[] FontResource(string name)
    {
        using Stream stream = typeof(ReportFonts).Assembly.GetManifestResourceStream($"Reporting.Reports.Fonts.{name}")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
