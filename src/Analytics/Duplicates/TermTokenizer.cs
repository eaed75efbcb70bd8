using Reporting.Analytics.Text;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Duplicate search's use of the shared <see cref="WordTokenizer"/>: its longer stop-word list (support-mail
/// filler too) and light stemming, so "fails", "failed" and "failing" meet.
/// </summary>
internal static class TermTokenizer
{
    private static readonly WordRules Rules = new() { StopWords = StopWords.ForDuplicateSearch, Reduce = LightStemmer.Stem };

    /// <summary>Terms of text already cleaned by <see cref="TicketTextCleaner"/> (or of a plain word).</summary>
    public static List<string> Tokenize(string text) => WordTokenizer.Tokenize(text, Rules);
}
