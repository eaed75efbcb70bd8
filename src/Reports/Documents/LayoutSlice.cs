namespace Reporting.Reports.Documents;

/// <summary>
/// A horizontal strip of a block that the paginator keeps on one page when it can
/// (a line of text, a table row, a chart, a row of tiles).
/// </summary>
internal abstract class LayoutSlice
{
    public abstract float Height { get; }

    /// <summary>Adds the slice's fragments with its top-left corner at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public abstract void Emit(float left, float top, List<PageFragment> page);

    /// <summary>
    /// Cuts the slice into a head no taller than <paramref name="available"/> and the rest (null when nothing
    /// remains), or returns null when it cannot be cut. Asked only of slices taller than a whole page,
    /// or on a page with nothing else on it.
    /// </summary>
    public virtual SliceSplit? SplitToFit(float available) => null;
}
