using Reporting.Reports.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Reporting.Reports.Tests.Documents;

/// <summary>Text in scripts Noto Sans lacks: shaped, drawn in a fallback Noto font and readable back from the PDF.</summary>
public sealed class TextShaperTests
{
    // The subject of SUP-100002 in data/samples/tickets.csv, from the sample company's Japanese customer.
    private const string JapaneseSubject = "API limitsの設定について";
    private const string Arabic = "مرحبا بالعالم";
    private const string Hebrew = "שלום עולם";
    private const string Emoji = "\U0001F600";

    [Fact]
    public void Japanese_arabic_hebrew_and_emoji_print_in_their_noto_fonts_and_the_japanese_reads_back_as_written()
    {
        using PdfDocument pdf = PdfDocument.Open(PdfRenderer.ToBytes(DocumentLayoutEngine.Layout(TestDocuments.Builder()
            .Paragraph(JapaneseSubject)
            .Paragraph(Arabic)
            .Paragraph(Hebrew)
            .Paragraph($"Emoji {Emoji} done")
            .Build())));
        Page page = pdf.GetPage(1);

        Assert.Equal(
            ["NotoEmoji-Regular", "NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular", "NotoSansJP-Regular"],
            page.Letters.Select(letter => FontName(letter)).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(JapaneseSubject, LineText(page, page.Letters.First(letter => letter.Value == "の")));
        Assert.Equal("の設定について", string.Concat(page.Letters.Where(l => FontName(l) == "NotoSansJP-Regular").Select(l => l.Value)));
        Assert.Equal(Emoji, Assert.Single(page.Letters, l => FontName(l) == "NotoEmoji-Regular").Value);

        // Right to left: drawn from the right, so the letters come out of the page in reverse.
        Assert.Equal(Hebrew, Reversed(page.Letters.Where(l => FontName(l) == "NotoSansHebrew-Regular")));

        // Arabic letters print in their joining forms, and not every form has a character of its own: each letter
        // is wrapped in a /ActualText span that says which letter it is, as Skia does for any glyph that needs it.
        MarkedContentElement arabic = Assert.Single(page.GetMarkedContents(), mc => mc.Tag == "ReversedChars" && mc.Children.Count > 0);
        Assert.Equal(Arabic.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(arabic.Children.Select(span => span.ActualText).Reverse()));
    }

    [Fact]
    public void Right_to_left_text_is_laid_out_from_the_right_and_numbers_in_it_from_the_left()
    {
        using PdfDocument pdf = PdfDocument.Open(PdfRenderer.ToBytes(DocumentLayoutEngine.Layout(TestDocuments.Builder()
            .Paragraph("שלום 123")
            .Build())));
        Page page = pdf.GetPage(1);
        double baseline = page.Letters.First(l => l.Value == "ש").StartBaseLine.Y;
        var letters = page.Letters.Where(l => l.StartBaseLine.Y == baseline && l.Value is "ש" or "ם" or "1" or "3").ToDictionary(l => l.Value, l => l.StartBaseLine.X);

        Assert.True(letters["ש"] > letters["ם"], "the first Hebrew letter is the rightmost");
        Assert.True(letters["ם"] > letters["3"], "the number reads after the word, so to its left");
        Assert.True(letters["1"] < letters["3"], "digits keep their order");
    }

    [Fact]
    public void Shaping_measures_what_is_drawn()
    {
        using var fonts = new FontCache();
        TextShaper shaper = fonts.Get(FontFace.Regular, 10);

        ShapedText shaped = shaper.Shape("Total 12 " + JapaneseSubject);

        Assert.Equal(["Noto Sans", "Noto Sans JP"], shaped.Runs.Select(run => run.Font.Typeface.FamilyName));
        Assert.Equal(shaped.Width, shaper.Measure("Total 12 " + JapaneseSubject));
        Assert.Equal(69.7f, shaped.Runs[1].Width, 3); // seven characters of about an em: the font kerns the kana
    }

    // Subset fonts are named "ABCDEF+Name".
    private static string FontName(Letter letter) => letter.FontName?[(letter.FontName.IndexOf('+', StringComparison.Ordinal) + 1)..] ?? string.Empty;

    private static string Reversed(IEnumerable<Letter> letters) => string.Concat(letters.Select(l => l.Value).Reverse());

    private static string LineText(Page page, Letter member) => string.Concat(page.Letters
        .Where(l => Math.Abs(l.StartBaseLine.Y - member.StartBaseLine.Y) < 0.01)
        .OrderBy(l => l.StartBaseLine.X)
        .Select(l => l.Value));
}
