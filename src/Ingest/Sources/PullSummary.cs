using Reporting.Ingest.Loading;

namespace Reporting.Ingest.Sources;

/// <summary>
/// What one pull did: pages committed, ticket counts (read = ingested + rejected), items skipped by design
/// (GitHub pull requests), requests retried, and the watermark the next pull starts from.
/// </summary>
public sealed record PullSummary(
    string Source,
    string Kind,
    long RunId,
    int Pages,
    IngestCounts Counts,
    long Skipped,
    int Retries,
    double Seconds,
    string? Watermark);
