using System.Buffers.Binary;

namespace Reporting.Reports.Documents;

/// <summary>
/// Shrinks a TrueType font for embedding: outlines of glyphs not in the keep set are emptied (glyph ids stay
/// the same, so the PDF's glyph codes still match) and tables a PDF viewer never reads are dropped.
/// Skia's PDF backend in SkiaSharp 3.119 embeds whole font files, so this does its missing subsetting.
/// </summary>
internal static class TrueTypeGlyphStripper
{
    // Layout tables (shaping), signatures and per-glyph device tables: a PDF viewer draws glyph ids directly.
    private static readonly HashSet<string> DroppedTables = ["GPOS", "GSUB", "GDEF", "BASE", "JSTF", "MATH", "DSIG", "kern", "hdmx", "LTSH", "VDMX"];

    /// <summary>The stripped font, or null when the data is not a TrueType-outline font this code understands.</summary>
    public static byte[]? Strip(ReadOnlySpan<byte> font, IEnumerable<int> usedGlyphs)
    {
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) is not (0x00010000u or 0x74727565u))
        {
            return null; // CFF ('OTTO') and collections are passed through untouched
        }

        Dictionary<string, (int Offset, int Length)>? tables = ReadTableDirectory(font);
        if (tables is null || !tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp)
            || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("glyf", out var glyf)
            || head.Length < 54 || maxp.Length < 6)
        {
            return null;
        }

        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(font.Slice(maxp.Offset + 4));
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.Slice(head.Offset + 50)) == 1;
        int[]? offsets = ReadLoca(font.Slice(loca.Offset, loca.Length), glyphCount, longOffsets, glyf.Length);
        if (offsets is null)
        {
            return null;
        }

        ReadOnlySpan<byte> glyphData = font.Slice(glyf.Offset, glyf.Length);
        bool[] keep = KeptGlyphs(glyphData, offsets, glyphCount, usedGlyphs);

        (byte[] newGlyf, byte[] newLoca) = RebuildGlyphs(glyphData, offsets, keep);
        byte[] newHead = font.Slice(head.Offset, head.Length).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0); // checkSumAdjustment, recomputed below
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1); // long loca offsets

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, range) in tables)
        {
            if (DroppedTables.Contains(tag))
            {
                continue;
            }

            output[tag] = tag switch
            {
                "head" => newHead,
                "loca" => newLoca,
                "glyf" => newGlyf,
                "post" => PostWithoutGlyphNames(font.Slice(range.Offset, range.Length)),
                _ => font.Slice(range.Offset, range.Length).ToArray(),
            };
        }

        return WriteFont(output);
    }

    private static Dictionary<string, (int Offset, int Length)>? ReadTableDirectory(ReadOnlySpan<byte> font)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.Slice(4));
        if (12 + (16 * count) > font.Length)
        {
            return null;
        }

        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> record = font.Slice(12 + (16 * i), 16);
            string tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            long offset = BinaryPrimitives.ReadUInt32BigEndian(record.Slice(8));
            long length = BinaryPrimitives.ReadUInt32BigEndian(record.Slice(12));
            if (offset + length > font.Length)
            {
                return null;
            }

            tables[tag] = ((int)offset, (int)length);
        }

        return tables;
    }

    private static int[]? ReadLoca(ReadOnlySpan<byte> loca, int glyphCount, bool longOffsets, int glyfLength)
    {
        int entrySize = longOffsets ? 4 : 2;
        if (loca.Length < (glyphCount + 1) * entrySize)
        {
            return null;
        }

        var offsets = new int[glyphCount + 1];
        for (int i = 0; i <= glyphCount; i++)
        {
            long value = longOffsets
                ? BinaryPrimitives.ReadUInt32BigEndian(loca.Slice(i * 4))
                : BinaryPrimitives.ReadUInt16BigEndian(loca.Slice(i * 2)) * 2L;
            if (value > glyfLength || (i > 0 && value < offsets[i - 1]))
            {
                return null;
            }

            offsets[i] = (int)value;
        }

        return offsets;
    }

    /// <summary>The used glyphs, glyph 0 (.notdef, drawn for missing characters) and every component of a composite.</summary>
    private static bool[] KeptGlyphs(ReadOnlySpan<byte> glyf, int[] offsets, int glyphCount, IEnumerable<int> usedGlyphs)
    {
        var keep = new bool[glyphCount];
        var pending = new Stack<int>(usedGlyphs.Where(g => g >= 0 && g < glyphCount).Append(0));
        while (pending.Count > 0)
        {
            int glyph = pending.Pop();
            if (keep[glyph])
            {
                continue;
            }

            keep[glyph] = true;
            foreach (int component in Components(glyf.Slice(offsets[glyph], offsets[glyph + 1] - offsets[glyph])))
            {
                if (component < glyphCount && !keep[component])
                {
                    pending.Push(component);
                }
            }
        }

        return keep;
    }

    private static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<int>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components; // empty or simple glyph
        }

        const int ArgsAreWords = 0x0001, HaveScale = 0x0008, MoreComponents = 0x0020, HaveXYScale = 0x0040, HaveTwoByTwo = 0x0080;
        int position = 10;
        while (position + 4 <= glyph.Length)
        {
            int flags = BinaryPrimitives.ReadUInt16BigEndian(glyph.Slice(position));
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph.Slice(position + 2)));
            position += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            position += (flags & HaveScale) != 0 ? 2 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0;
            if ((flags & MoreComponents) == 0)
            {
                break;
            }
        }

        return components;
    }

    private static (byte[] Glyf, byte[] Loca) RebuildGlyphs(ReadOnlySpan<byte> glyf, int[] offsets, bool[] keep)
    {
        using var glyphs = new MemoryStream();
        var loca = new byte[(keep.Length + 1) * 4];
        for (int i = 0; i < keep.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(i * 4), (uint)glyphs.Length);
            if (keep[i])
            {
                glyphs.Write(glyf.Slice(offsets[i], offsets[i + 1] - offsets[i]));
                while (glyphs.Length % 4 != 0)
                {
                    glyphs.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(keep.Length * 4), (uint)glyphs.Length);
        return (glyphs.ToArray(), loca);
    }

    /// <summary>A version 3 'post' table: same metrics, no glyph names (which can be a third of a small font).</summary>
    private static byte[] PostWithoutGlyphNames(ReadOnlySpan<byte> post)
    {
        var table = new byte[32];
        post[..Math.Min(32, post.Length)].CopyTo(table);
        BinaryPrimitives.WriteUInt32BigEndian(table, 0x00030000);
        return table;
    }

    private static byte[] WriteFont(SortedDictionary<string, byte[]> tables)
    {
        int count = tables.Count;
        int entrySelector = (int)Math.Floor(Math.Log2(count));
        int searchRange = (1 << entrySelector) * 16;
        int dataStart = 12 + (16 * count);
        int size = dataStart + tables.Values.Sum(t => Padded(t.Length));
        var font = new byte[size];

        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((count * 16) - searchRange));

        int record = 12;
        int offset = dataStart;
        int headOffset = -1;
        foreach (var (tag, data) in tables)
        {
            System.Text.Encoding.ASCII.GetBytes(tag, font.AsSpan(record, 4));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)data.Length);
            data.CopyTo(font.AsSpan(offset));
            headOffset = tag == "head" ? offset : headOffset;
            record += 16;
            offset += Padded(data.Length);
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBAu - Checksum(font)));
        }

        return font;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        int i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data.Slice(i)));
        }

        if (i < data.Length)
        {
            Span<byte> tail = stackalloc byte[4];
            tail.Clear();
            data[i..].CopyTo(tail);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(tail));
        }

        return sum;
    }
}
