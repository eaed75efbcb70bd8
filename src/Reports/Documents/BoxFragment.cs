using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>A filled rectangle: backgrounds, zebra stripes, rules.</summary>
public sealed record BoxFragment(SKRect Bounds, SKColor Fill) : PageFragment(Bounds)
{
    public override PageFragment Offset(float dx, float dy) =>
        this with { Bounds = SKRect.Create(Bounds.Left + dx, Bounds.Top + dy, Bounds.Width, Bounds.Height) };
}
