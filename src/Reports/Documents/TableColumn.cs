namespace Reporting.Reports.Documents;

/// <summary>A table column: header text, width and the alignment of its cells (header included).</summary>
public sealed record TableColumn(string? Header, ColumnWidth Width, CellAlignment Alignment = CellAlignment.Left);
