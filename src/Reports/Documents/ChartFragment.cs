using ScottPlot;
using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>A ScottPlot chart rendered as vectors into <c>Bounds</c>.</summary>
public sealed record ChartFragment(SKRect Bounds, Plot Plot) : PageFragment(Bounds)
{
    public override PageFragment Offset(float dx, float dy) =>
        this with { Bounds = SKRect.Create(Bounds.Left + dx, Bounds.Top + dy, Bounds.Width, Bounds.Height) };
}
