using Reporting.Reports.Documents;

namespace Reporting.Reports.Charts;

/// <summary>Untrusted text headed for a chart: cleaned like body text, on one line, and length-capped.</summary>
internal static class ChartText
{
    public static string Clean(string? text, int maxLength = 80)
    {
        string clean = TextSanitizer.Clean(text).Replace('\n', ' ').Replace('\t', ' ').Trim();
        if (clean.Length <= maxLength)
        {
            return clean;
        }

        // Cut on a text-element boundary so a surrogate pair or accent is never split.
        var info = new System.Globalization.StringInfo(clean);
        return info.SubstringByTextElements(0, Math.Min(info.LengthInTextElements, maxLength - 1)).TrimEnd() + "\u2026";
    }
}
