namespace Reporting.Ingest.Explain;

/// <summary>
/// How one column (or JSON property) of an input would be read: the fields it fills (none: it is ignored), and a
/// value from the first rows as it would be stored, with the text it came from, or why that text cannot be read.
/// </summary>
public sealed record ColumnExplanation(string Column, IReadOnlyList<string> Fields, string? Sample, string? From, string? Problem);
