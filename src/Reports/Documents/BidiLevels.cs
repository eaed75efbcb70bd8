using System.Globalization;

namespace Reporting.Reports.Documents;

/// <summary>
/// Embedding levels for one line of mixed left-to-right and right-to-left text, and the visual order of runs.
/// A reduced Unicode Bidirectional Algorithm (UAX #9): the paragraph direction comes from the first strong
/// character (P2, P3); numbers follow W2, W4, W5 and W7; neutrals N1 and N2; levels I1 and I2; trailing spaces
/// L1; reordering L2. Explicit embeddings and isolates are not needed because <see cref="TextSanitizer"/>
/// removes those controls, and bracket pairs (N0) are resolved like any other neutral. .NET exposes no bidi
/// classes, so they are derived from Unicode blocks and general categories.
/// </summary>
internal static class BidiLevels
{
    private enum Kind : byte
    {
        Left,
        Right,
        EuropeanNumber,
        ArabicNumber,
        Separator,
        Terminator,
        Mark,
        Neutral,
        Space,
    }

    /// <summary>Whether the text has anything that is not left-to-right; most lines take the fast path.</summary>
    public static bool IsLeftToRightOnly(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' || char.IsHighSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The resolved level of each UTF-16 unit: even is left-to-right, odd right-to-left.</summary>
    public static byte[] Resolve(ReadOnlySpan<char> text)
    {
        Kind[] kinds = Classify(text);
        byte baseLevel = BaseLevel(kinds);
        ResolveNumbers(kinds, baseLevel);
        ResolveNeutrals(kinds, baseLevel);

        var levels = new byte[text.Length];
        for (int i = 0; i < kinds.Length; i++)
        {
            levels[i] = (kinds[i], baseLevel % 2 == 0) switch
            {
                (Kind.Right, true) => (byte)(baseLevel + 1),
                (Kind.EuropeanNumber or Kind.ArabicNumber, true) => (byte)(baseLevel + 2),
                (Kind.Left or Kind.EuropeanNumber or Kind.ArabicNumber, false) => (byte)(baseLevel + 1),
                _ => baseLevel,
            };
        }

        // L1: trailing white space takes the paragraph level.
        for (int i = text.Length - 1; i >= 0 && char.IsWhiteSpace(text[i]); i--)
        {
            levels[i] = baseLevel;
        }

        return levels;
    }

    /// <summary>L2: the order in which to draw runs, left to right, given each run's level in logical order.</summary>
    public static int[] VisualOrder(IReadOnlyList<byte> runLevels)
    {
        int[] order = Enumerable.Range(0, runLevels.Count).ToArray();
        if (runLevels.Count == 0)
        {
            return order;
        }

        byte highest = runLevels.Max();
        byte lowestOdd = (byte)(runLevels.Where(level => level % 2 == 1).DefaultIfEmpty((byte)(highest + 1)).Min());
        for (int level = highest; level >= lowestOdd; level--)
        {
            int i = 0;
            while (i < order.Length)
            {
                if (runLevels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                int end = i;
                while (end < order.Length && runLevels[order[end]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                i = end;
            }
        }

        return order;
    }

    private static Kind[] Classify(ReadOnlySpan<char> text)
    {
        var kinds = new Kind[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                kinds[i] = kinds[i + 1] = Classify(codePoint);
                i++;
                continue;
            }

            kinds[i] = Classify(codePoint);
        }

        return kinds;
    }

    private static Kind Classify(int codePoint)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return Kind.Mark;
        }

        if (codePoint is >= 0x0660 and <= 0x0669 or >= 0x06F0 and <= 0x06F9 or >= 0x10D30 and <= 0x10D39)
        {
            return Kind.ArabicNumber;
        }

        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            return Kind.EuropeanNumber;
        }

        if (IsRightToLeftBlock(codePoint))
        {
            return category is UnicodeCategory.SpaceSeparator or UnicodeCategory.OtherPunctuation or UnicodeCategory.Format
                or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.MathSymbol
                ? Kind.Neutral
                : Kind.Right;
        }

        return codePoint switch
        {
            '+' or '-' or '\u2212' => Kind.Separator,
            ',' or '.' or ':' or '/' or '\u00A0' => Kind.Separator,
            '#' or '$' or '%' or '\u00B0' or '\u2030' or '\u2031' or '\u2032' or '\u2033' => Kind.Terminator,
            _ when category == UnicodeCategory.CurrencySymbol => Kind.Terminator,
            _ when category == UnicodeCategory.SpaceSeparator => Kind.Space,
            _ when category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.LetterNumber => Kind.Left,
            _ => Kind.Neutral,
        };
    }

    private static bool IsRightToLeftBlock(int codePoint) => codePoint is
        >= 0x0590 and <= 0x08FF // Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, NKo, Samaritan, Mandaic, Arabic Extended
        or >= 0xFB1D and <= 0xFDFF // Hebrew and Arabic presentation forms
        or >= 0xFE70 and <= 0xFEFE
        or >= 0x10800 and <= 0x10FFF
        or >= 0x1E800 and <= 0x1EFFF;

    private static byte BaseLevel(Kind[] kinds)
    {
        foreach (Kind kind in kinds)
        {
            if (kind == Kind.Left)
            {
                return 0;
            }

            if (kind == Kind.Right)
            {
                return 1;
            }
        }

        return 0;
    }

    /// <summary>Marks take their base's kind (W1); numbers, their separators and terminators settle (W2 to W7).</summary>
    private static void ResolveNumbers(Kind[] kinds, byte baseLevel)
    {
        for (int i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.Mark)
            {
                kinds[i] = i == 0 ? Kind.Neutral : kinds[i - 1];
            }
        }

        // W4: one separator between two numbers of the same kind joins them; W5: terminators next to a number join it.
        for (int i = 1; i + 1 < kinds.Length; i++)
        {
            if (kinds[i] == Kind.Separator && kinds[i - 1] is Kind.EuropeanNumber or Kind.ArabicNumber && kinds[i + 1] == kinds[i - 1])
            {
                kinds[i] = kinds[i - 1];
            }
        }

        for (int i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] != Kind.Terminator)
            {
                continue;
            }

            int end = i;
            while (end < kinds.Length && kinds[end] == Kind.Terminator)
            {
                end++;
            }

            bool touchesNumber = (i > 0 && kinds[i - 1] == Kind.EuropeanNumber) || (end < kinds.Length && kinds[end] == Kind.EuropeanNumber);
            kinds.AsSpan(i, end - i).Fill(touchesNumber ? Kind.EuropeanNumber : Kind.Neutral);
            i = end - 1;
        }

        // W7: a European number after left-to-right text (or at the start of a left-to-right line) is left-to-right.
        Kind before = baseLevel % 2 == 0 ? Kind.Left : Kind.Right;
        for (int i = 0; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case Kind.Left or Kind.Right:
                    before = kinds[i];
                    break;
                case Kind.EuropeanNumber when before == Kind.Left:
                    kinds[i] = Kind.Left;
                    break;
                case Kind.Separator:
                    kinds[i] = Kind.Neutral;
                    break;
            }
        }
    }

    /// <summary>N1: neutrals between two of the same direction take it (numbers count as right-to-left); N2: the rest take the line's.</summary>
    private static void ResolveNeutrals(Kind[] kinds, byte baseLevel)
    {
        Kind embedding = baseLevel % 2 == 0 ? Kind.Left : Kind.Right;
        int i = 0;
        while (i < kinds.Length)
        {
            if (kinds[i] is not (Kind.Neutral or Kind.Space))
            {
                i++;
                continue;
            }

            int end = i;
            while (end < kinds.Length && kinds[end] is Kind.Neutral or Kind.Space)
            {
                end++;
            }

            Kind before = i == 0 ? embedding : Direction(kinds[i - 1]);
            Kind after = end == kinds.Length ? embedding : Direction(kinds[end]);
            kinds.AsSpan(i, end - i).Fill(before == after ? before : embedding);
            i = end;
        }
    }

    private static Kind Direction(Kind kind) => kind == Kind.Left ? Kind.Left : Kind.Right;
}
