using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>
/// Greedy word wrapping with the same font metrics used for drawing, so a wrapped line never
/// exceeds its width. Words longer than a line are broken between grapheme clusters, preferably
/// after a URL or path separator. Text should already be cleaned by <see cref="TextSanitizer"/>.
/// </summary>
internal static class LineWrapper
{
    private const string Ellipsis = "\u2026";
    private const string TabExpansion = "    ";

    public static IReadOnlyList<TextLine> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<TextLine>();
        if (text.Length == 0)
        {
            return lines;
        }

        maxWidth = Math.Max(0, maxWidth);
        float spaceWidth = font.MeasureText(" ");
        foreach (string paragraph in text.Split('\n'))
        {
            WrapParagraph(paragraph.Replace("\t", TabExpansion, StringComparison.Ordinal), font, maxWidth, spaceWidth, lines);
        }

        return lines;
    }

    /// <summary>Wraps, then keeps at most <paramref name="maxLines"/> lines, ending the last kept one with an ellipsis.</summary>
    public static IReadOnlyList<TextLine> Wrap(string text, SKFont font, float maxWidth, int maxLines)
    {
        IReadOnlyList<TextLine> lines = Wrap(text, font, maxWidth);
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
    public static TextLine SingleLine(string text, SKFont font, float maxWidth)
    {
        string flat = text.Replace('\n', ' ').Replace("\t", TabExpansion, StringComparison.Ordinal);
        float width = font.MeasureText(flat);
        return width <= maxWidth ? new TextLine(flat, width) : WithEllipsis(flat, font, maxWidth);
    }

    private static void WrapParagraph(string paragraph, SKFont font, float maxWidth, float spaceWidth, List<TextLine> lines)
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
            float wordWidth = font.MeasureText(word);
            if (current.Length > 0 && currentWidth + spaceWidth + wordWidth <= maxWidth)
            {
                current.Append(' ').Append(word);
                currentWidth += spaceWidth + wordWidth;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(new TextLine(current.ToString(), currentWidth));
                current.Clear();
                currentWidth = 0;
            }

            string rest = word;
            float restWidth = wordWidth;
            while (restWidth > maxWidth)
            {
                int cut = FittingLength(rest, font, maxWidth);
                string head = rest[..cut];
                lines.Add(new TextLine(head, font.MeasureText(head)));
                rest = rest[cut..];
                restWidth = font.MeasureText(rest);
            }

            current.Append(rest);
            currentWidth = restWidth;
        }

        if (current.Length > 0)
        {
            lines.Add(new TextLine(current.ToString(), currentWidth));
        }
    }

    /// <summary>
    /// How many chars of <paramref name="word"/> fit in <paramref name="maxWidth"/>, cut between grapheme clusters.
    /// Always at least one cluster, so wrapping makes progress even in an absurdly narrow box.
    /// </summary>
    private static int FittingLength(string word, SKFont font, float maxWidth)
    {
        int fit = 0;
        int lastSeparatorEnd = 0;
        float width = 0;
        ReadOnlySpan<char> span = word;
        while (fit < span.Length)
        {
            int clusterLength = StringInfo.GetNextTextElementLength(span[fit..]);
            float clusterWidth = font.MeasureText(span.Slice(fit, clusterLength));
            if (fit > 0 && width + clusterWidth > maxWidth)
            {
                break;
            }

            width += clusterWidth;
            fit += clusterLength;
            if (IsBreakAfter(span[fit - 1]))
            {
                lastSeparatorEnd = fit;
            }
        }

        // A break after '/', '-', '?' etc. reads better, unless it would waste most of the line.
        return lastSeparatorEnd > fit / 2 && lastSeparatorEnd < fit ? lastSeparatorEnd : fit;
    }

    private static bool IsBreakAfter(char c) => c is '/' or '-' or '?' or '&' or '=' or '_' or '.' or ',' or ';' or ':' or '\\';

    private static TextLine WithEllipsis(string text, SKFont font, float maxWidth)
    {
        float ellipsisWidth = font.MeasureText(Ellipsis);
        string trimmed = text.TrimEnd();
        int length = 0;
        float width = 0;
        ReadOnlySpan<char> span = trimmed;
        while (length < span.Length)
        {
            int clusterLength = StringInfo.GetNextTextElementLength(span[length..]);
            float clusterWidth = font.MeasureText(span.Slice(length, clusterLength));
            if (width + clusterWidth + ellipsisWidth > maxWidth)
            {
                break;
            }

            width += clusterWidth;
            length += clusterLength;
        }

        string result = trimmed[..length].TrimEnd() + Ellipsis;
        return new TextLine(result, font.MeasureText(result));
    }
}
