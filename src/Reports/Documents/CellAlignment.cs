namespace Reporting.Reports.Documents;

/// <summary>Horizontal alignment of text inside a table cell.</summary>
public enum CellAlignment
{
    Left,
    Center,
    Right,
}
