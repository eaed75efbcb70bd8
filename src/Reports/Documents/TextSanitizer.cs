using System.Globalization;
using System.Text;

namespace Reporting.Reports.Documents;

/// <summary>
/// Makes untrusted text safe to lay out: null becomes empty, line endings become '\n',
/// C0/C1 control characters (except newline and tab) are removed, and so are invisible
/// format characters (bidi overrides and isolates, which the layer's bidi ordering does not follow),
/// except the zero-width joiner and non-joiner that shaping needs for emoji sequences and Arabic.
/// More than <see cref="MaxMarksPerCharacter"/> combining marks on one character are dropped: real
/// scripts stack two or three, and hundreds only build a tower of ink. Unpaired surrogates become U+FFFD.
/// </summary>
public static class TextSanitizer
{
    public const int MaxMarksPerCharacter = 3;

    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsCleaning(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        int marks = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsStackingMark(c))
            {
                if (++marks <= MaxMarksPerCharacter)
                {
                    clean.Append(c);
                }

                continue;
            }

            if (c is '\n' or '\t' || !IsDropped(c))
            {
                marks = 0; // a removed character does not end a stack of marks
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (CharUnicodeInfo.GetUnicodeCategory(codePoint) != UnicodeCategory.Format)
                {
                    clean.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
                continue;
            }

            if (c == '\r')
            {
                clean.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (c is '\u2028' or '\u2029')
            {
                clean.Append('\n');
                continue;
            }

            if (c is '\n' or '\t' || !IsDropped(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        int marks = 0;
        foreach (char c in text)
        {
            marks = IsStackingMark(c) ? marks + 1 : 0;
            if (c is '\r' or '\u2028' or '\u2029' || char.IsSurrogate(c) || (c is not '\n' and not '\t' && IsDropped(c)) || marks > MaxMarksPerCharacter)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDropped(char c) =>
        char.IsControl(c) || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c is not (ZeroWidthJoiner or ZeroWidthNonJoiner));

    // Variation selectors are marks too, but choose a glyph rather than stack one.
    private static bool IsStackingMark(char c) =>
        c is not (>= '\uFE00' and <= '\uFE0F')
        && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
}
