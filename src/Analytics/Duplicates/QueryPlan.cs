namespace Reporting.Analytics.Duplicates;

/// <summary>
/// A query ticket resolved against the index's dictionaries: term ids per channel, and the ids of
/// its structured attributes (-1 where the index has never seen the value). Terms the index has never
/// seen still count towards each channel's best possible score: they are evidence the candidates lack.
/// </summary>
internal sealed record QueryPlan(
    long CreatedTicks,
    string Id,
    int[] SummaryTerms,
    int[] BodyTerms,
    int[] Bigrams,
    int[] TraceTerms,
    int ProductId,
    int ServiceId,
    int[] VersionIds,
    int[] SummaryTermSet,
    int[] ExceptionTypeIds,
    int[] FrameIds,
    int[] SignatureIds,
    int FingerprintId,
    float[]? Embedding,
    TermVector Text,
    int UnknownTextTerms,
    int[] UnknownTermsPerChannel);
