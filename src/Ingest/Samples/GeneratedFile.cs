namespace Reporting.Ingest.Samples;

/// <summary>One file written by the generator.</summary>
public sealed record GeneratedFile(string Name, long Bytes);
