namespace Reporting.Samples;

/// <summary>One file written by the generator.</summary>
public sealed record GeneratedFile(string Name, long Bytes);
