using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>
/// One line of text drawn from <c>Bounds.Left</c> on <paramref name="Baseline"/>. <paramref name="Clip"/> is set
/// only when a single glyph cluster is wider than its box, the one case wrapping cannot fix. Whatever the flag, the
/// painter cuts ink that leaves the line vertically (stacked combining marks).
/// </summary>
public sealed record TextFragment(SKRect Bounds, float Baseline, string Text, TextStyle Style, bool Clip = false)
    : PageFragment(Bounds)
{
    public override PageFragment Offset(float dx, float dy) =>
        this with { Bounds = SKRect.Create(Bounds.Left + dx, Bounds.Top + dy, Bounds.Width, Bounds.Height), Baseline = Baseline + dy };
}
