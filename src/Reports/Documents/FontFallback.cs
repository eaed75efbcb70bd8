using System.Globalization;

namespace Reporting.Reports.Documents;

/// <summary>
/// Picks a font for every grapheme cluster of a line: the face's own Noto Sans when it has the character, else
/// the first fallback that does (Arabic, Hebrew, Japanese, emoji). A whole cluster shares one font, so a base
/// letter and its marks, or an emoji sequence, are shaped together.
/// </summary>
internal static class FontFallback
{
    private const char VariationSelectorEmoji = '\uFE0F';
    private const char ZeroWidthJoiner = '\u200D';
    private const char CombiningKeycap = '\u20E3';

    /// <summary>The font of each UTF-16 unit of <paramref name="text"/>.</summary>
    public static EmbeddedFont[] Assign(ReadOnlySpan<char> text, EmbeddedFont primary, ReportFonts fonts)
    {
        var result = new EmbeddedFont[text.Length];
        EmbeddedFont? previous = null;
        int index = 0;
        while (index < text.Length)
        {
            int length = StringInfo.GetNextTextElementLength(text[index..]);
            EmbeddedFont font = Choose(text.Slice(index, length), primary, previous, fonts);
            result.AsSpan(index, length).Fill(font);
            previous = font;
            index += length;
        }

        return result;
    }

    private static EmbeddedFont Choose(ReadOnlySpan<char> cluster, EmbeddedFont primary, EmbeddedFont? previous, ReportFonts fonts)
    {
        int codePoint = cluster.Length > 1 && char.IsSurrogatePair(cluster[0], cluster[1])
            ? char.ConvertToUtf32(cluster[0], cluster[1])
            : cluster[0];

        // Emoji that Noto Sans also draws as text (digits with a keycap, ©, ↔) take the emoji font when asked to.
        if (IsEmoji(cluster, codePoint) && fonts.Emoji.Covers(codePoint))
        {
            return fonts.Emoji;
        }

        // Spaces and punctuation stay in the run around them, so an Arabic or Japanese phrase is shaped as one run;
        // not after emoji, whose font has em-wide spaces.
        if (previous is not null && IsNeutral(codePoint) && !fonts.IsEmoji(previous) && previous.Covers(codePoint))
        {
            return previous;
        }

        if (primary.Covers(codePoint))
        {
            return primary;
        }

        foreach (EmbeddedFont fallback in fonts.Fallbacks)
        {
            if (fallback.Covers(codePoint))
            {
                return fallback;
            }
        }

        return primary; // no font has it: the face's empty box, as before fallback existed
    }

    private static bool IsEmoji(ReadOnlySpan<char> cluster, int codePoint) =>
        codePoint is >= 0x1F000 and <= 0x1FAFF
        || cluster.Contains(VariationSelectorEmoji)
        || cluster.Contains(ZeroWidthJoiner)
        || cluster.Contains(CombiningKeycap);

    private static bool IsNeutral(int codePoint) => CharUnicodeInfo.GetUnicodeCategory(codePoint) is
        UnicodeCategory.SpaceSeparator
        or UnicodeCategory.OtherPunctuation
        or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation
        or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.DashPunctuation
        or UnicodeCategory.ConnectorPunctuation;
}
