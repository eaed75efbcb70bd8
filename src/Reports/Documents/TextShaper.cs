using HarfBuzzSharp;
using SkiaSharp;
using HarfBuzzBuffer = HarfBuzzSharp.Buffer;

namespace Reporting.Reports.Documents;

/// <summary>
/// Shapes and measures lines of text in one face and size with HarfBuzz: Arabic joins, marks sit on their
/// letters, emoji sequences combine, right-to-left runs read right to left, and characters Noto Sans lacks come
/// from the fallback fonts. Measuring and drawing shape the same way, so a measured width is the drawn width.
/// Owned by one <see cref="FontCache"/> and, like it, for one thread.
/// </summary>
internal sealed class TextShaper : IDisposable
{
    // Latin ligatures would turn "fi" into one glyph that extracts as U+FB01; required ligatures (Arabic lam-alef) stay.
    private static readonly Feature[] Features = [Feature.Parse("-liga")];

    private readonly EmbeddedFont primary;
    private readonly Func<EmbeddedFont, SKFont> skiaFont;
    private readonly HarfBuzzBuffer buffer = new();

    public TextShaper(EmbeddedFont primary, float size, Func<EmbeddedFont, SKFont> skiaFont)
    {
        this.primary = primary;
        this.skiaFont = skiaFont;
        Size = size;
        Font = skiaFont(primary);
    }

    public float Size { get; }

    /// <summary>The face's own font: its metrics set line heights, whatever fallback a line uses.</summary>
    public SKFont Font { get; }

    public float Measure(ReadOnlySpan<char> text) => text.IsEmpty ? 0 : Shape(text).Width;

    public ShapedText Shape(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return new ShapedText([]);
        }

        EmbeddedFont[] fonts = FontFallback.Assign(text, primary, ReportFonts.Shared);
        byte[]? levels = BidiLevels.IsLeftToRightOnly(text) ? null : BidiLevels.Resolve(text);

        var runs = new List<(int Start, int Length)>();
        int start = 0;
        for (int i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || fonts[i] != fonts[start] || (levels is not null && levels[i] != levels[start]))
            {
                runs.Add((start, i - start));
                start = i;
            }
        }

        var shaped = new ShapedRun[runs.Count];
        int[] order = levels is null ? Enumerable.Range(0, runs.Count).ToArray() : BidiLevels.VisualOrder(runs.Select(run => levels[run.Start]).ToArray());
        for (int i = 0; i < order.Length; i++)
        {
            (int runStart, int length) = runs[order[i]];
            bool rightToLeft = levels is not null && levels[runStart] % 2 == 1;
            shaped[i] = ShapeRun(text, runStart, length, fonts[runStart], rightToLeft);
        }

        return new ShapedText(shaped);
    }

    public void Dispose() => buffer.Dispose();

    private ShapedRun ShapeRun(ReadOnlySpan<char> text, int start, int length, EmbeddedFont font, bool rightToLeft)
    {
        buffer.ClearContents();

        // The whole line goes in as context, so letters join across a change of font or direction.
        buffer.AddUtf16(text, start, length);
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.Flags = BufferFlags.RemoveDefaultIgnorables | BufferFlags.DoNotInsertDottedCircle;
        buffer.GuessSegmentProperties();
        font.Shaping.Shape(buffer, Features);

        ReadOnlySpan<GlyphInfo> infos = buffer.GetGlyphInfoSpan();
        ReadOnlySpan<GlyphPosition> positions = buffer.GetGlyphPositionSpan();
        float scale = Size / font.UnitsPerEm;
        var glyphs = new ushort[infos.Length];
        var points = new SKPoint[infos.Length];
        var clusters = new int[infos.Length];
        int x = 0;
        for (int i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster - start;
            points[i] = new SKPoint((x + positions[i].XOffset) * scale, -positions[i].YOffset * scale);
            x += positions[i].XAdvance;
        }

        return new ShapedRun(skiaFont(font), glyphs, points, text.Slice(start, length).ToString(), clusters, x * scale);
    }
}
