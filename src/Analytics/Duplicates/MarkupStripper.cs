using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Removes Jira wiki and Markdown markup. Code blocks ({code}, {noformat}, ``` fences) are kept
/// apart because they hold logs and traces that need different handling from prose.
/// </summary>
internal static partial class MarkupStripper
{
    public static MarkupText Strip(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new MarkupText(string.Empty, string.Empty);
        }

        // Each pass runs only when its trigger character is present: most tickets are plain prose.
        var code = new StringBuilder();
        var prose = text;
        if (text.Contains('{') || text.Contains("```", StringComparison.Ordinal))
        {
            prose = CodeBlock().Replace(prose, match =>
            {
                code.Append(match.Groups["body"].Value).Append('\n');
                return "\n";
            });
            prose = MacroTag().Replace(prose, " ");
        }

        if (prose.Contains('['))
        {
            prose = LinkWithText().Replace(prose, "${text}");
            prose = UserMentionOrBareLink().Replace(prose, " ");
        }

        if (prose.Contains('!'))
        {
            prose = Image().Replace(prose, " ");
        }

        if (prose.Contains('<'))
        {
            prose = HtmlTag().Replace(prose, " ");
        }

        prose = Heading().Replace(prose, string.Empty);
        return new MarkupText(prose, code.ToString());
    }

    // {code}, {code:java}, {noformat}, and Markdown fences, non-greedy up to the matching close.
    [GeneratedRegex(@"\{(?<tag>code|noformat)(?::[^}]*)?\}(?<body>.*?)(?:\{\k<tag>\}|$)|```[^\n]*\n?(?<body>.*?)(?:```|$)",
        RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeBlock();

    // [label|http://...] -> label
    [GeneratedRegex(@"\[(?<text>[^\]|\n]{1,200})\|[^\]\n]{1,500}\]", RegexOptions.CultureInvariant)]
    private static partial Regex LinkWithText();

    // [~username], [http://...], [#anchor]
    [GeneratedRegex(@"\[(?:~|https?://|#|mailto:)[^\]\n]{0,500}\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UserMentionOrBareLink();

    // !screenshot.png! and !image.png|thumbnail!
    [GeneratedRegex(@"![^!\s][^!\n]{0,300}\.(?:png|jpe?g|gif|bmp|svg)(?:\|[^!\n]*)?!", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Image();

    // {quote}, {panel:title=x}, {color:red}: keep the content, drop the tag.
    [GeneratedRegex(@"\{(?:quote|panel|color|anchor|toc|div|span)(?::[^}]*)?\}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MacroTag();

    [GeneratedRegex(@"^\s*(?:h[1-6]\.|#{1,6})\s", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();
}
