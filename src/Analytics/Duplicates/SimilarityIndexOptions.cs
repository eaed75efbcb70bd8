namespace Reporting.Analytics.Duplicates;

/// <summary>What the embedder is given for each ticket.</summary>
public enum EmbeddingText
{
    /// <summary>Only the subject: about a third of the cost of subject plus body.</summary>
    Subject,

    /// <summary>Subject followed by the start of the prose body.</summary>
    SubjectAndBodyStart,
}

/// <summary>Tuning knobs of <see cref="SimilarityIndex"/>; defaults are the values chosen on the tuning period.</summary>
public sealed record SimilarityIndexOptions
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>BM25 length normalisation.</summary>
    public double B { get; init; } = 0.75;

    /// <summary>Only the most specific body terms (by tf-idf) query the postings: long logs would otherwise dominate cost.</summary>
    public int MaxBodyQueryTerms { get; init; } = 40;

    /// <summary>
    /// Postings walked per text channel and query; the most specific terms go first and the rest are
    /// scored only for the chosen candidates (their features stay exact, only pool membership is approximate).
    /// Unlimited by default; clustering lowers it to scale to 100k tickets.
    /// </summary>
    public int MaxPostingsPerChannel { get; init; } = int.MaxValue;

    /// <summary>How many first-stage candidates the re-ranker sees.</summary>
    public int CandidatePoolSize { get; init; } = 300;

    /// <summary>Extra candidates taken by embedding cosine when an embedder is configured.</summary>
    public int EmbeddingCandidates { get; init; } = 50;

    public EmbeddingText EmbeddingText { get; init; } = EmbeddingText.Subject;

    /// <summary>Characters of body appended to the subject for <see cref="EmbeddingText.SubjectAndBodyStart"/>.</summary>
    public int EmbeddingBodyChars { get; init; } = 300;

    /// <summary>Weights that choose the candidate pool from the postings (text channels only).</summary>
    public RankingModel CandidateModel { get; init; } = RankingModel.CandidateDefault;

    /// <summary>Re-ranking model over all pair features.</summary>
    public RankingModel Reranker { get; init; } = DefaultReranker.Model;
}
