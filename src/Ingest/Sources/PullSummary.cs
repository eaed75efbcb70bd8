using Reporting.Ingest.Loading;

namespace Reporting.Ingest.Sources;

/// <summary>
/// What one pull did: pages committed, ticket counts (read = ingested + rejected), items skipped by design
/// (GitHub pull requests), requests retried, the watermark the next pull starts from, and the release rows written from the
/// tracker's versions or releases (null: none read).
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
    string? Watermark,
    int? Releases = null);
