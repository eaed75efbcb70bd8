using System.Text.RegularExpressions;

namespace Reporting.Analytics.Text;

/// <summary>
/// The one set of rules for Jira wiki markup, Markdown and HTML in ticket text. Markup goes, the words inside it
/// stay: a link keeps its label, a code block keeps its contents (logs and traces are evidence) in place, a
/// heading keeps its title but not its "h2." marker. What differs between reports of one problem and says nothing
/// about it goes entirely: URLs, e-mail addresses, user mentions, images, HTML tags and entities.
/// </summary>
public static partial class JiraMarkup
{
    /// <summary>The text without markup, code block contents kept where they were, lines kept.</summary>
    public static string Strip(string? text) => Strip(text, keepCode: true);

    /// <summary>Only the prose: code blocks are dropped with their contents (what a sentence embedding should read).</summary>
    public static string StripWithoutCode(string? text) => Strip(text, keepCode: false);

    private static string Strip(string? text, bool keepCode)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var s = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

        // Each pass runs only when its trigger character is present: most tickets are plain prose.
        if (s.Contains('{') || s.Contains("```", StringComparison.Ordinal))
        {
            s = keepCode ? CodeMarker().Replace(s, "\n") : CodeBlock().Replace(s, "\n");
            s = MacroTag().Replace(s, " ");
        }

        if (s.Contains('['))
        {
            s = LinkWithLabel().Replace(s, " ${label} ");
            s = MentionOrBareLink().Replace(s, " ");
        }

        if (s.Contains('!'))
        {
            s = Image().Replace(s, " ");
        }

        if (s.Contains('<'))
        {
            s = HtmlTag().Replace(s, " ");
        }

        if (s.Contains('&'))
        {
            s = HtmlEntity().Replace(s, " ");
        }

        if (s.Contains("://", StringComparison.Ordinal) || s.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            s = Url().Replace(s, " ");
        }

        if (s.Contains('@'))
        {
            s = Email().Replace(s, " ");
        }

        return Heading().Replace(s, string.Empty);
    }

    // {code}, {code:java}, {noformat} tags and Markdown fences with their language: the markers only.
    [GeneratedRegex(@"\{(?:code|noformat)(?::[^}\n]*)?\}|```[^\n`]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeMarker();

    // The same blocks with their contents, non-greedy up to the matching close (or the end of the text).
    [GeneratedRegex(@"\{(?<tag>code|noformat)(?::[^}\n]*)?\}.*?(?:\{\k<tag>\}|$)|```[^\n`]*\n?.*?(?:```|$)",
        RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeBlock();

    // {quote}, {panel:title=x}, {color:red}, {anchor:x}, {toc}: keep the content, drop the tag.
    [GeneratedRegex(@"\{(?:quote|panel|color|anchor|toc|div|span)(?::[^}\n]*)?\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MacroTag();

    // [label|http://...] -> label
    [GeneratedRegex(@"\[(?<label>[^\]|\n]{1,200})\|[^\]\n]{1,500}\]", RegexOptions.CultureInvariant)]
    private static partial Regex LinkWithLabel();

    // [~username], [http://...], [#anchor], [mailto:...]
    [GeneratedRegex(@"\[(?:~|[a-z][a-z0-9+.-]*://|#|mailto:)[^\]\n]{0,500}\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionOrBareLink();

    // !screenshot.png! and !image.png|thumbnail!
    [GeneratedRegex(@"![^!\s][^!\n]{0,300}\.(?:png|jpe?g|gif|bmp|svg)(?:\|[^!\n]*)?!", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Image();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"&(?:[a-zA-Z]{2,8}|#\d{1,6});", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlEntity();

    // Any scheme (http, hdfs, s3a, file, jdbc:mysql, ...) or a bare www. host, up to a space or a closing bracket.
    [GeneratedRegex(@"\b(?:[a-z][a-z0-9+.-]*://|www\.)[^\s\]\)\|""'<>]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // "h2. Title" and "## Title": the marker goes, the title stays.
    [GeneratedRegex(@"^[ \t]*(?:h[1-6]\.|#{1,6})[ \t]", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
