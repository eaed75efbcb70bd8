namespace Reporting.Reports.Documents;

/// <summary>A measured table cell: its column's position and width and its wrapped lines.</summary>
internal sealed record TableCell(float X, float Width, IReadOnlyList<TextLine> Lines, CellAlignment Alignment);
