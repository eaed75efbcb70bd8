using Reporting.Analytics.Text;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Owner routing's use of the shared text preparation: subject and body are cleaned by
/// <see cref="TicketTextCleaner"/> with stack frames reduced to their qualified method (package and class name
/// say which component crashed) and cut by <see cref="WordTokenizer"/>, with the short stop-word list and no
/// stemming (the owner pipelines were compared and chosen on unstemmed words), capped in words per field.
/// Thread-safe: it holds no mutable state.
/// </summary>
public sealed class TicketTextNormalizer
{
    private readonly TextNormalizationOptions _options;

    public TicketTextNormalizer(TextNormalizationOptions? options = null)
    {
        _options = options ?? TextNormalizationOptions.Default;
    }

    public TextNormalizationOptions Options => _options;

    public NormalizedTicketText Normalize(string? subject, string? body)
    {
        var subjectTokens = TokenizeMarkup(subject, _options.MaxSubjectTokens, _options.RemoveStopWords);
        var bodyTokens = TokenizeMarkup(body, _options.MaxBodyTokens, _options.RemoveStopWords, _options.MaxBodyChars);
        return new NormalizedTicketText(subjectTokens, bodyTokens);
    }

    /// <summary>Cleans markup, frames and repeated lines, then cuts at most <paramref name="maxTokens"/> words.</summary>
    public List<string> TokenizeMarkup(string? text, int maxTokens, bool removeStopWords, int maxChars = int.MaxValue)
    {
        var cleaned = TicketTextCleaner.Clean(text, FrameHandling.KeepMethod, maxChars);
        var rules = new WordRules { StopWords = removeStopWords ? StopWords.ForOwnerRouting : null, MaxWords = maxTokens };
        return WordTokenizer.Tokenize(cleaned, rules);
    }
}
