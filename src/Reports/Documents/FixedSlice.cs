namespace Reporting.Reports.Documents;

/// <summary>A slice with precomputed fragments relative to its top-left corner; it cannot split.</summary>
internal sealed class FixedSlice(float height, IReadOnlyList<PageFragment> fragments) : LayoutSlice
{
    public override float Height { get; } = height;

    public override void Emit(float left, float top, List<PageFragment> page)
    {
        foreach (PageFragment fragment in fragments)
        {
            page.Add(fragment.Offset(left, top));
        }
    }
}
