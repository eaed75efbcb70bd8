namespace Reporting.Ingest.Columns;

/// <summary>A column a field is read from, as the header names it, at every position it has (Jira repeats Labels).</summary>
public sealed record ColumnSource(string Column, IReadOnlyList<int> Positions);
