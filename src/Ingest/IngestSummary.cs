using Reporting.Ingest.Files;
using Reporting.Ingest.Loading;

namespace Reporting.Ingest;

/// <summary>What one <c>reporting ingest</c> did, per input and in total.</summary>
public sealed record IngestSummary(string Source, long RunId, IngestCounts Total, IReadOnlyList<InputSummary> Inputs, double Seconds);

public sealed record InputSummary(string Input, InputKind Kind, IngestCounts Counts);
