using ScottPlot;
using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>A chart; the measurer caps its height at a page's content height, so it always fits a fresh page.</summary>
internal sealed class ChartSlice(Plot plot, float width, float height) : LayoutSlice
{
    public override float Height { get; } = height;

    public override void Emit(float left, float top, List<PageFragment> page) =>
        page.Add(new ChartFragment(SKRect.Create(left, top, width, Height), plot));
}
