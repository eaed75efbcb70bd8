namespace Reporting.Ingest.Sources;

/// <summary>
/// A ticket system the warehouse pulls from. Yields pages in the order the API sends them, each with
/// the watermark that is safe to store once that page (and every page before it) is committed.
/// </summary>
public interface ITicketSource
{
    /// <summary>The <see cref="SourceKinds"/> value, stored with the watermark.</summary>
    string Kind { get; }

    IAsyncEnumerable<SourcePage> ReadAsync(PullStart start, CancellationToken cancellationToken);
}
