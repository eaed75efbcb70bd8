namespace Reporting.Samples;

/// <summary>
/// What customers writing in one language say. Technical terms ({area}, {noun}, {code}, {message}) stay in
/// English, as they do in real tickets, so error codes still link reports across languages.
/// </summary>
internal sealed record ForeignPhrases(
    string Language,
    IReadOnlyList<string> Greetings,
    IReadOnlyList<string> ProblemSubjects,
    IReadOnlyList<string> ProblemSentences,
    IReadOnlyList<string> ErrorLines,
    IReadOnlyList<string> QuestionSubjects,
    IReadOnlyList<string> QuestionSentences,
    IReadOnlyList<string> FeatureSubjects,
    IReadOnlyList<string> FeatureSentences,
    IReadOnlyList<string> TaskSubjects,
    IReadOnlyList<string> TaskSentences,
    IReadOnlyList<string> IncidentSubjects,
    IReadOnlyList<string> IncidentSentences,
    IReadOnlyList<string> Closings);
