using System.Globalization;
using System.Text;

namespace Reporting.Reports.Documents;

/// <summary>
/// Greedy line breaking with the same shaping used for drawing, so a wrapped line never exceeds its width.
/// Lines break at spaces and between Chinese or Japanese characters (never before closing punctuation or small
/// kana, never after opening brackets). A word longer than a line is broken between grapheme clusters,
/// preferably after a URL or path separator. Text should already be cleaned by <see cref="TextSanitizer"/>.
/// </summary>
internal static class LineWrapper
{
    private const string Ellipsis = "\u2026";
    private const string TabExpansion = "    ";

    // Line breaking rules of Japanese (kinsoku): these never start a line, and the opening ones never end one.
    private const string NoBreakBefore = "、。，．・：；？！゛゜ヽヾゝゞ々ー’”）〕］｝〉》」』】〙〗〟｠»ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ…‥)]},.!?:;%";
    private const string NoBreakAfter = "‘“（〔［｛〈《「『【〘〖〝｟«([{";

    public static IReadOnlyList<TextLine> Wrap(string text, TextShaper font, float maxWidth) =>
        Wrap(text, font, maxWidth, maxLines: int.MaxValue, maxLinesPerWord: int.MaxValue);

    /// <summary>
    /// Wraps, then keeps at most <paramref name="maxLines"/> lines, ending the last kept one with an ellipsis.
    /// A word that needs more than <paramref name="maxLinesPerWord"/> lines is cut there with an ellipsis too,
    /// so one absurdly long word (a pasted log line, a 5,000-character token) cannot grow a table without end.
    /// </summary>
    public static IReadOnlyList<TextLine> Wrap(string text, TextShaper font, float maxWidth, int maxLines, int maxLinesPerWord = int.MaxValue)
    {
        var lines = new List<TextLine>();
        if (text.Length == 0)
        {
            return lines;
        }

        maxWidth = Math.Max(0, maxWidth);
        maxLinesPerWord = Math.Max(1, maxLinesPerWord);
        float spaceWidth = font.Measure(" ");
        foreach (string paragraph in text.Split('\n'))
        {
            WrapParagraph(paragraph.Replace("\t", TabExpansion, StringComparison.Ordinal), font, maxWidth, spaceWidth, maxLinesPerWord, lines);
            if (lines.Count > maxLines)
            {
                break; // the rest would be thrown away below
            }
        }

        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(Math.Max(0, maxLines - 1)).ToList();
        if (maxLines > 0)
        {
            kept.Add(WithEllipsis(lines[maxLines - 1].Text, font, maxWidth));
        }

        return kept;
    }

    /// <summary>The whole text on one line, cut with an ellipsis if it is too wide.</summary>
    public static TextLine SingleLine(string text, TextShaper font, float maxWidth)
    {
        string flat = text.Replace('\n', ' ').Replace("\t", TabExpansion, StringComparison.Ordinal);
        float width = font.Measure(flat);
        return width <= maxWidth ? new TextLine(flat, width) : WithEllipsis(flat, font, maxWidth);
    }

    private static void WrapParagraph(string paragraph, TextShaper font, float maxWidth, float spaceWidth, int maxLinesPerWord, List<TextLine> lines)
    {
        string[] words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            lines.Add(new TextLine(string.Empty, 0)); // keeps intentional blank lines
            return;
        }

        var current = new StringBuilder();
        float currentWidth = 0;
        foreach (string word in words)
        {
            List<string> pieces = Pieces(word);
            for (int p = 0; p < pieces.Count; p++)
            {
                string piece = pieces[p];
                float gap = p == 0 ? spaceWidth : 0;
                float pieceWidth = font.Measure(piece);
                if (current.Length > 0 && currentWidth + gap + pieceWidth <= maxWidth)
                {
                    current.Append(p == 0 ? " " : string.Empty).Append(piece);
                    currentWidth += gap + pieceWidth;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(Line(current.ToString(), font));
                    current.Clear();
                    currentWidth = 0;
                }

                (string rest, float restWidth) = BreakLongPiece(piece, pieceWidth, font, maxWidth, maxLinesPerWord, lines);
                current.Append(rest);
                currentWidth = restWidth;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(Line(current.ToString(), font));
        }
    }

    /// <summary>
    /// Adds whole lines of a piece wider than a line and returns what is left to continue the current line.
    /// After <paramref name="maxLinesPerWord"/> lines the piece is cut with an ellipsis and nothing is left.
    /// </summary>
    private static (string Remainder, float Width) BreakLongPiece(string piece, float pieceWidth, TextShaper font, float maxWidth, int maxLinesPerWord, List<TextLine> lines)
    {
        string rest = piece;
        float restWidth = pieceWidth;
        int used = 0;
        while (restWidth > maxWidth)
        {
            if (used == maxLinesPerWord - 1)
            {
                lines.Add(WithEllipsis(rest, font, maxWidth));
                return (string.Empty, 0);
            }

            int cut = FittingLength(rest, font, maxWidth);
            lines.Add(Line(rest[..cut], font));
            used++;
            rest = rest[cut..];
            restWidth = font.Measure(rest);
        }

        return (rest, restWidth);
    }

    /// <summary>A space-free word split where a line may break inside it: between Chinese or Japanese characters.</summary>
    private static List<string> Pieces(string word)
    {
        var pieces = new List<string>();
        int start = 0;
        int previous = 0;
        int index = StringInfo.GetNextTextElementLength(word);
        while (index < word.Length)
        {
            int length = StringInfo.GetNextTextElementLength(word.AsSpan(index));
            if (BreakAllowed(word.AsSpan(previous, index - previous), word.AsSpan(index, length)))
            {
                pieces.Add(word[start..index]);
                start = index;
            }

            previous = index;
            index += length;
        }

        pieces.Add(word[start..]);
        return pieces;
    }

    private static bool BreakAllowed(ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        (IsIdeographic(before) || IsIdeographic(after))
        && !NoBreakBefore.Contains(after[0])
        && !NoBreakAfter.Contains(before[0]);

    private static bool IsIdeographic(ReadOnlySpan<char> cluster)
    {
        int codePoint = cluster.Length > 1 && char.IsSurrogatePair(cluster[0], cluster[1]) ? char.ConvertToUtf32(cluster[0], cluster[1]) : cluster[0];
        return codePoint is >= 0x2E80 and <= 0x9FFF // CJK radicals, punctuation, kana, unified ideographs
            or >= 0xF900 and <= 0xFAFF // compatibility ideographs
            or >= 0xFF00 and <= 0xFFEF // full-width forms
            or >= 0x1F000 and <= 0x1FAFF // emoji break like ideographs
            or >= 0x20000 and <= 0x3FFFF; // ideograph extensions
    }

    /// <summary>
    /// How many chars of <paramref name="word"/> fit in <paramref name="maxWidth"/>, cut between grapheme clusters.
    /// Always at least one cluster, so wrapping makes progress even in an absurdly narrow box.
    /// </summary>
    private static int FittingLength(string word, TextShaper font, float maxWidth)
    {
        int fit = 0;
        int lastSeparatorEnd = 0;
        float width = 0;
        ReadOnlySpan<char> span = word;
        var boundaries = new List<int>();
        while (fit < span.Length)
        {
            int clusterLength = StringInfo.GetNextTextElementLength(span[fit..]);
            float clusterWidth = font.Measure(span.Slice(fit, clusterLength));
            if (fit > 0 && width + clusterWidth > maxWidth)
            {
                break;
            }

            width += clusterWidth;
            fit += clusterLength;
            boundaries.Add(fit);
            if (IsBreakAfter(span[fit - 1]))
            {
                lastSeparatorEnd = fit;
            }
        }

        // Clusters measured one by one can be narrower than shaped together (joining, kerning): trust the whole.
        while (boundaries.Count > 1 && font.Measure(span[..fit]) > maxWidth)
        {
            boundaries.RemoveAt(boundaries.Count - 1);
            fit = boundaries[^1];
        }

        // A break after '/', '-', '?' etc. reads better, unless it would waste most of the line.
        return lastSeparatorEnd > fit / 2 && lastSeparatorEnd < fit ? lastSeparatorEnd : fit;
    }

    private static bool IsBreakAfter(char c) => c is '/' or '-' or '?' or '&' or '=' or '_' or '.' or ',' or ';' or ':' or '\\';

    private static TextLine Line(string text, TextShaper font) => new(text, font.Measure(text));

    private static TextLine WithEllipsis(string text, TextShaper font, float maxWidth)
    {
        float ellipsisWidth = font.Measure(Ellipsis);
        string trimmed = text.TrimEnd();
        int length = 0;
        float width = 0;
        ReadOnlySpan<char> span = trimmed;
        var boundaries = new List<int> { 0 };
        while (length < span.Length)
        {
            int clusterLength = StringInfo.GetNextTextElementLength(span[length..]);
            float clusterWidth = font.Measure(span.Slice(length, clusterLength));
            if (width + clusterWidth + ellipsisWidth > maxWidth)
            {
                break;
            }

            width += clusterWidth;
            length += clusterLength;
            boundaries.Add(length);
        }

        TextLine line = Line(trimmed[..length].TrimEnd() + Ellipsis, font);
        while (line.Width > maxWidth && boundaries.Count > 1)
        {
            boundaries.RemoveAt(boundaries.Count - 1);
            line = Line(trimmed[..boundaries[^1]].TrimEnd() + Ellipsis, font);
        }

        return line;
    }
}
