using Reporting.Reports.Charts;
using Reporting.Reports.Documents;
using Reporting.Warehouse.Calendar;
using UglyToad.PdfPig;

namespace Reporting.Reports.Tests.Documents;

/// <summary>Untrusted ticket text in every place text can go: nothing may crash or leave its box.</summary>
public sealed class HostileTextTests
{
    public static TheoryData<string?> HostileTexts() => new()
    {
        null,
        string.Empty,
        "   \t  ",
        new string('W', 3000),
        "https://support.example.com/" + string.Concat(Enumerable.Repeat("a-very-long-path-segment/", 60)) + "?q=" + new string('x', 400),
        "مرحبا بالعالم، هذا نص عربي طويل جدا يجب أن يلتف بشكل صحيح داخل الصندوق " + new string('ب', 300),
        "שלום עולם, זהו טקסט עברי ארוך " + new string('ש', 300),
        "Emoji 😀🎉👩‍👩‍👧‍👦🏳️‍🌈 " + string.Concat(Enumerable.Repeat("🔥", 200)),
        "Control \0\u0001\u0007\u001b[31m\u007f\u0085 chars\r\nand \u202Eoverride\u202C",
        "Lone surrogates \uD800\uDC00\uDC00\uD800 end",
        "Combining e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301 marks " + string.Concat(Enumerable.Repeat("a\u0308\u0323", 200)),
        "中文字符和日本語のテキスト한국어 " + new string('漢', 400),
        string.Concat(Enumerable.Repeat("line\n", 300)),
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_anywhere_lays_out_inside_its_boxes_and_renders(string? text)
    {
        DocumentDefinition document = new DocumentBuilder(new DocumentMetadata(text ?? "null title", TestDocuments.Created, text, text, text))
            .Header(text, text)
            .Footer(text)
            .Heading(text)
            .Paragraph(text)
            .Bullets(text, "plain", text)
            .KeyFigures(new KeyFigure(text, text, text, Trend.Bad), new KeyFigure("ok", "1", text))
            .Table(t => t.Column(text).Column("Fixed", ColumnWidth.Fixed(30)).Column(text, ColumnWidth.Fixed(2)).Row(text, text, text).Row("a", "b", "c"))
            .Chart(RankedBarChart.Build([new CategoryValue(text, 3), new CategoryValue("plain", 2)], title: text, valueLabel: text), 160)
            .Chart(WeeklyComparisonChart.Build(IsoWeek.Sequence(new IsoWeek(2026, 1), 3), [new ChartSeries(text!, [1, 2, 3])], title: text), 160)
            .Build();

        DocumentLayout layout = DocumentLayoutEngine.Layout(document);

        float left = PageMargins.Default.Left;
        float right = PageSize.A4.Width - PageMargins.Default.Right;
        foreach (TextFragment fragment in layout.Pages.SelectMany(p => p.Texts()))
        {
            Assert.True(fragment.Bounds.Left >= left - 0.01f && fragment.Bounds.Right <= right + 0.01f, $"'{fragment.Text}' at {fragment.Bounds}");
            Assert.DoesNotContain(fragment.Text, c => char.IsControl(c));
        }

        foreach (LaidOutPage page in layout.Pages)
        {
            Assert.All(page.Fragments, f => Assert.True(f.Bounds.Top >= 0 && f.Bounds.Bottom <= PageSize.A4.Height, $"{f.GetType().Name} at {f.Bounds}"));
        }

        byte[] pdf = PdfRenderer.ToBytes(layout);
        using var read = PdfDocument.Open(pdf);
        Assert.Equal(layout.Pages.Count, read.NumberOfPages);
        PdfAssertions.LettersInsideMediaBox(read);
        Assert.Equal(layout.Pages.Count, PngRenderer.Render(layout, 36).Count);
    }
}
