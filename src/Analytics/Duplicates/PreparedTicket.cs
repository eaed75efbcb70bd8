namespace Reporting.Analytics.Duplicates;

/// <summary>
/// A ticket after text preparation: terms of each field (stemmed, stop words removed) and crash signals.
/// Summary bigrams are kept apart so the index can weight phrase matches on their own.
/// </summary>
public sealed record PreparedTicket(
    DuplicateCandidate Ticket,
    IReadOnlyList<string> SummaryTerms,
    IReadOnlyList<string> SummaryBigrams,
    IReadOnlyList<string> BodyTerms,
    StackTraceSignals Trace)
{
    /// <summary>Sentence embedding of the ticket, when the index that prepared it has an embedder.</summary>
    public float[]? Embedding { get; init; }
}
