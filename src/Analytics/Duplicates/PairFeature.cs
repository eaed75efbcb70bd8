namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Evidence that a query ticket and an earlier ticket describe the same problem.
/// Text scores are BM25 sums divided by the query's own best possible score, so they lie in [0, 1)
/// and are comparable across queries (needed for a calibrated clustering threshold).
/// </summary>
public enum PairFeature
{
    /// <summary>Query summary terms matched in the candidate's summary.</summary>
    SummaryToSummary,

    /// <summary>Query summary terms matched in the candidate's body.</summary>
    SummaryToBody,

    /// <summary>Query body terms (most specific ones) matched in the candidate's summary.</summary>
    BodyToSummary,

    /// <summary>Query body terms matched in the candidate's body.</summary>
    BodyToBody,

    /// <summary>Summary word pairs in common (phrase evidence).</summary>
    SummaryBigrams,

    /// <summary>Exception types, frames and error signatures in common, idf-weighted.</summary>
    TraceTokens,

    /// <summary>First-stage score divided by the best first-stage score for this query.</summary>
    RelativeToBest,

    SameProduct,
    SameService,
    SharedVersion,

    /// <summary>log(1 + days between the two tickets) / 10.</summary>
    DaysApartLog,

    /// <summary>Jaccard overlap of exception type names.</summary>
    SharedExceptionType,

    /// <summary>Share of the smaller top-frame list found in the other.</summary>
    SharedTopFrames,

    /// <summary>Same exception type and top frames (crash fingerprint).</summary>
    SameFingerprint,

    /// <summary>Same "Type: masked message" error signature.</summary>
    SharedErrorSignature,

    /// <summary>Cosine of sublinear tf-idf vectors of summary plus body, with the idf of the tickets seen so far.</summary>
    TextCosine,

    /// <summary>TextCosine divided by the best TextCosine in this query's candidate pool.</summary>
    TextCosineRelative,

    /// <summary>Cosine of sentence embeddings; 0 when no embedder is configured.</summary>
    EmbeddingCosine,
}
