using System.Text;
using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>A shaped line: runs left to right as they are drawn, and its advance width in points.</summary>
internal sealed class ShapedText
{
    public ShapedText(IReadOnlyList<ShapedRun> runs)
    {
        Runs = runs;
        Width = runs.Sum(run => run.Width);
    }

    public IReadOnlyList<ShapedRun> Runs { get; }

    public float Width { get; }

    /// <summary>
    /// The glyphs as one text blob with the source text of every run attached: Skia's PDF backend writes a
    /// /ActualText span wherever glyphs do not map one to one to characters (Arabic joining forms, emoji
    /// sequences, marks), so the text copies and searches as it was written. Null when nothing is drawn.
    /// </summary>
    public SKTextBlob? ToTextBlob()
    {
        using var builder = new SKTextBlobBuilder();
        float x = 0;
        bool any = false;
        foreach (ShapedRun run in Runs)
        {
            if (run.Glyphs.Length > 0)
            {
                byte[] utf8 = Encoding.UTF8.GetBytes(run.Text);
                SKPositionedTextRunBuffer buffer = builder.AllocatePositionedTextRun(run.Font, run.Glyphs.Length, utf8.Length, null);
                buffer.SetGlyphs(run.Glyphs);
                buffer.SetPositions(run.Positions.Select(p => new SKPoint(p.X + x, p.Y)).ToArray());
                buffer.SetText(utf8);
                buffer.SetClusters(Utf8Clusters(run.Text, run.Clusters));
                any = true;
            }

            x += run.Width;
        }

        return any ? builder.Build() : null;
    }

    /// <summary>
    /// The box the glyphs' outlines cover, relative to the left end of the baseline (y grows downwards).
    /// <paramref name="glyphInk"/> gives one glyph's outline box at its origin.
    /// </summary>
    public SKRect InkBounds(Func<SKFont, ushort, SKRect> glyphInk)
    {
        SKRect ink = SKRect.Empty;
        float x = 0;
        foreach (ShapedRun run in Runs)
        {
            for (int i = 0; i < run.Glyphs.Length; i++)
            {
                SKRect glyph = glyphInk(run.Font, run.Glyphs[i]);
                if (glyph.IsEmpty)
                {
                    continue;
                }

                glyph.Offset(run.Positions[i].X + x, run.Positions[i].Y);
                ink = ink.IsEmpty ? glyph : SKRect.Union(ink, glyph);
            }

            x += run.Width;
        }

        return ink;
    }

    private static uint[] Utf8Clusters(string text, int[] clusters)
    {
        // UTF-16 offset to UTF-8 byte offset, for every offset a cluster can start at.
        var byteOffsets = new int[text.Length + 1];
        int bytes = 0;
        for (int i = 0; i < text.Length; i++)
        {
            byteOffsets[i] = bytes;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                byteOffsets[i + 1] = bytes;
                bytes += 4;
                i++;
                continue;
            }

            bytes += text[i] < 0x80 ? 1 : text[i] < 0x800 ? 2 : 3;
        }

        byteOffsets[text.Length] = bytes;
        return clusters.Select(cluster => (uint)byteOffsets[Math.Clamp(cluster, 0, text.Length)]).ToArray();
    }
}
