namespace Reporting.Reports.Documents;

/// <summary>Fluent description of a <see cref="TableBlock"/>.</summary>
public sealed class TableBuilder
{
    private readonly List<TableColumn> columns = [];
    private readonly List<IReadOnlyList<string?>> rows = [];
    private bool zebra = true;
    private bool repeatHeader = true;

    /// <summary>Adds a column; without a width it takes one relative share.</summary>
    public TableBuilder Column(string? header, ColumnWidth? width = null, CellAlignment alignment = CellAlignment.Left)
    {
        columns.Add(new TableColumn(header, width ?? ColumnWidth.Relative(), alignment));
        return this;
    }

    public TableBuilder Row(params IEnumerable<string?> cells)
    {
        rows.Add([.. cells ?? []]);
        return this;
    }

    public TableBuilder Rows(IEnumerable<IEnumerable<string?>> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var row in cells)
        {
            Row(row);
        }

        return this;
    }

    public TableBuilder Zebra(bool enabled = true)
    {
        zebra = enabled;
        return this;
    }

    public TableBuilder RepeatHeader(bool enabled = true)
    {
        repeatHeader = enabled;
        return this;
    }

    public TableBlock Build() => new(columns.ToArray(), rows.ToArray(), zebra, repeatHeader);
}
