namespace Reporting.Reports.Documents;

/// <summary>
/// A table with wrapped cells. Rows shorter than the column list are padded with empty cells, longer ones are cut.
/// When <paramref name="RepeatHeader"/> is set the header row is repeated on every page the table continues on.
/// </summary>
public sealed record TableBlock(
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<IReadOnlyList<string?>> Rows,
    bool Zebra = true,
    bool RepeatHeader = true) : DocumentBlock;
