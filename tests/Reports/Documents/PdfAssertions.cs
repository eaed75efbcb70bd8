using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Reporting.Reports.Tests.Documents;

internal static class PdfAssertions
{
    /// <summary>Every letter's glyph box lies inside its page's media box (a tenth of a point of slack for rounding).</summary>
    public static void LettersInsideMediaBox(PdfDocument document)
    {
        foreach (Page page in document.GetPages())
        {
            var box = page.MediaBox.Bounds;
            foreach (Letter letter in page.Letters)
            {
                var glyph = letter.BoundingBox;
                Assert.True(
                    glyph.Left >= box.Left - 0.1 && glyph.Right <= box.Right + 0.1 && glyph.Bottom >= box.Bottom - 0.1 && glyph.Top <= box.Top + 0.1,
                    $"Page {page.Number}: '{letter.Value}' at {glyph} is outside {box}");
            }
        }
    }

    /// <summary>Lines of words from top to bottom, each line's words from left to right.</summary>
    public static List<List<string>> Lines(Page page) => page.GetWords()
        .GroupBy(word => Math.Round(word.BoundingBox.Bottom, 0))
        .OrderByDescending(line => line.Key)
        .Select(line => line.OrderBy(word => word.BoundingBox.Left).Select(word => word.Text).ToList())
        .ToList();
}
