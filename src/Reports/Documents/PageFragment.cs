using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>Something positioned on a page by the layout pass; coordinates are points from the top-left corner.</summary>
public abstract record PageFragment(SKRect Bounds)
{
    /// <summary>The same fragment moved by the given distance.</summary>
    public abstract PageFragment Offset(float dx, float dy);
}
