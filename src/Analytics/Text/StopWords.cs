using System.Collections.Frozen;

namespace Reporting.Analytics.Text;

/// <summary>
/// English stop words, in two lists because the two analyses were tuned with different ones: owner routing drops
/// only function words (a short list; "not" and "no" carry meaning in tickets), duplicate search also drops the
/// greetings and filler of support mail ("thank", "regards", "team"). Changing a list changes the measured figures,
/// so each stays as tuned.
/// </summary>
public static class StopWords
{
    public static FrozenSet<string> ForOwnerRouting { get; } = new[]
    {
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having",
        "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
        "its", "itself", "just", "me", "more", "most", "my", "myself", "of", "off", "on", "once", "only", "or",
        "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such",
        "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
        "yourselves", "hi", "hello", "thanks", "thank", "please", "regards",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static FrozenSet<string> ForDuplicateSearch { get; } = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "cannot", "could",
        "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "etc", "even", "ever",
        "every", "few", "for", "from", "further", "get", "gets", "got", "had", "has", "have", "having", "he", "her",
        "here", "hers", "him", "his", "how", "however", "i", "ie", "if", "in", "into", "is", "it", "its", "itself",
        "just", "let", "like", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "no",
        "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "otherwise", "our", "ours",
        "out", "over", "own", "per", "quite", "rather", "same", "seem", "seems", "she", "should", "since", "so",
        "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they",
        "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "via",
        "was", "we", "well", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
        "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "eg", "aren", "couldn",
        "didn", "doesn", "don", "hasn", "haven", "isn", "shouldn", "wasn", "won", "wouldn", "hi", "hello", "thanks",
        "thank", "please", "regards", "dear", "team",
    }.ToFrozenSet(StringComparer.Ordinal);
}
