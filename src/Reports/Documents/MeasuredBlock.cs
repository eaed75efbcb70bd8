namespace Reporting.Reports.Documents;

/// <summary>
/// A block measured for the content width: its slices and the rules the paginator applies to it.
/// </summary>
/// <param name="SpaceBefore">Gap above the block, dropped at the top of a page; collapses with the previous block's SpaceAfter.</param>
internal sealed record MeasuredBlock(IReadOnlyList<LayoutSlice> Slices, float SpaceBefore, float SpaceAfter)
{
    public static MeasuredBlock Empty { get; } = new([], 0, 0);

    /// <summary>Drawn at the top of every further page the block continues on (a table's header row).</summary>
    public LayoutSlice? ContinuationHeader { get; init; }

    /// <summary>How many leading slices must start on the same page (table header + first row, first two lines).</summary>
    public int LeadSlices { get; init; } = 1;

    public bool KeepWithNext { get; init; }

    public bool PageBreak { get; init; }

    /// <summary>Extra white space (a spacer); discarded at a page break.</summary>
    public float Gap { get; init; }

    public bool HasContent => Slices.Count > 0;

    public float Height => Slices.Sum(slice => slice.Height);
}
