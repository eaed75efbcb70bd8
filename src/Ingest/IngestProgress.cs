namespace Reporting.Ingest;

/// <summary>How far an ingest or pull has got, reported after each committed batch.</summary>
public sealed record IngestProgress(string Input, long Read, long Rejected, TimeSpan Elapsed);
