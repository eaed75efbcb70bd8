namespace Reporting.Analytics.Duplicates;

/// <summary>What the index keeps of each ticket for re-ranking and explanations (ids into the term dictionary).</summary>
internal sealed record IndexedDocument(
    string Id,
    long CreatedTicks,
    int ProductId,
    int ServiceId,
    int[] VersionIds,
    int[] SummaryTermIds,
    int[] ExceptionTypeIds,
    int[] FrameIds,
    int[] SignatureIds,
    int FingerprintId,
    int EmbeddingSlot,
    TermVector Text,
    FieldVector[] Fields);
