using System.Text.RegularExpressions;

namespace Reporting.Analytics.Readiness;

/// <summary>
/// One way an item shows in text: a named pattern, matched against the prose (stack frames removed) or the raw text.
/// With <see cref="UnlessNegated"/>, a match right after "not", "no" or "never" ("does not affect users") does not count.
/// </summary>
public sealed record ReadinessCue(string Name, Regex Pattern, bool InRawText = false, bool UnlessNegated = false)
{
    private static readonly Regex Negation = new(
        @"\b(not|no|never|nothing|none|neither|nor|without|hardly)\b[^.\n]{0,12}$|n't\s*$|n't\s+\w+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(100));

    /// <summary>The first counting match, or null. A pattern that runs out of time counts as no match.</summary>
    public Match? FirstMatch(ReadinessText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = InRawText ? text.Raw : text.Prose;
        try
        {
            for (var m = Pattern.Match(input); m.Success; m = m.NextMatch())
            {
                if (!UnlessNegated || !Negation.IsMatch(input[Math.Max(0, m.Index - 25)..m.Index]))
                {
                    return m;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return null;
    }

    /// <summary>Case-insensitive, culture-invariant, multiline, bounded in time.</summary>
    public static Regex Rx(string pattern, bool caseSensitive = false) =>
        new(pattern, (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase) | RegexOptions.Multiline | RegexOptions.CultureInvariant
                     | RegexOptions.Compiled, TimeSpan.FromMilliseconds(250));
}
