using Reporting.Warehouse;

namespace Reporting.Ingest.Loading;

/// <summary>
/// An input stopped being readable part-way: what was read before is committed and counted in <see cref="Counts"/>,
/// and the run is recorded as failed with this message.
/// </summary>
public sealed class IncompleteInputException(string message, IngestCounts counts, Exception inner) : UserInputException(message, inner)
{
    public IngestCounts Counts { get; } = counts;
}
