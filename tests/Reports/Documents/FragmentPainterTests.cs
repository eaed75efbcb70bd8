using Reporting.Reports.Documents;
using SkiaSharp;

namespace Reporting.Reports.Tests.Documents;

public sealed class FragmentPainterTests
{
    private const float Dpi = 144f;

    [Fact]
    public void Stacked_combining_marks_stay_in_their_line_and_leave_the_row_above_untouched()
    {
        static DocumentLayout Rows(string second) => DocumentLayoutEngine.Layout(TestDocuments.Builder()
            .Table(t => t.Column("Subject").Row("plain above").Row(second))
            .Build());

        // TextSanitizer keeps three marks of the eight; shaped, they stack above the line box and must be cut there.
        DocumentLayout marked = Rows("Zalgo e" + new string('\u0301', 8) + "\u0308 x");
        DocumentLayout plain = Rows("Zalgo e x");
        TextFragment line = marked.Find("Zalgo");
        using SKBitmap withMarks = SKBitmap.Decode(PngRenderer.Render(marked, Dpi)[0]);
        using SKBitmap without = SKBitmap.Decode(PngRenderer.Render(plain, Dpi)[0]);

        int lineTop = (int)Math.Floor(line.Bounds.Top * Dpi / 72);
        Assert.Equal(Pixels(without, 0, lineTop), Pixels(withMarks, 0, lineTop));
        Assert.NotEqual(Pixels(without, lineTop, withMarks.Height), Pixels(withMarks, lineTop, withMarks.Height));
    }

    private static string Pixels(SKBitmap bitmap, int fromRow, int toRow)
    {
        var hash = new HashCode();
        for (int y = fromRow; y < toRow; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                hash.Add(bitmap.GetPixel(x, y));
            }
        }

        return hash.ToHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
