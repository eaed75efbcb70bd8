using System.Collections.Frozen;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Common English function words plus ticket pleasantries; they carry no evidence about which problem a ticket is.
/// Kept short on purpose: BM25's idf already discounts frequent domain words.
/// </summary>
internal static class EnglishStopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during",
        "each", "either", "else", "etc", "even", "ever", "every", "few", "for", "from", "further",
        "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however",
        "i", "ie", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "like", "may", "me", "might", "more", "most",
        "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
        "other", "otherwise", "our", "ours", "out", "over", "own", "per", "quite", "rather", "same", "seem", "seems", "she",
        "should", "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "then", "there",
        "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us",
        "very", "via", "was", "we", "well", "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
        "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
        "eg", "aren", "couldn", "didn", "doesn", "don", "hasn", "haven", "isn", "shouldn", "wasn", "won", "wouldn",
        "hi", "hello", "thanks", "thank", "please", "regards", "dear", "team",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
