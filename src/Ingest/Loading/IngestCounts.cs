namespace Reporting.Ingest.Loading;

/// <summary>
/// Record counts of an ingest. <see cref="Read"/> = <see cref="Ingested"/> + <see cref="Rejected"/>, always;
/// <see cref="New"/>, <see cref="Updated"/> and <see cref="Unchanged"/> count distinct tickets.
/// </summary>
public sealed record IngestCounts(long Read, long Ingested, long Rejected, long New, long Updated, long Unchanged, long Events)
{
    public static readonly IngestCounts Zero = new(0, 0, 0, 0, 0, 0, 0);

    public static IngestCounts operator +(IngestCounts a, IngestCounts b) => new(
        a.Read + b.Read, a.Ingested + b.Ingested, a.Rejected + b.Rejected,
        a.New + b.New, a.Updated + b.Updated, a.Unchanged + b.Unchanged, a.Events + b.Events);
}
