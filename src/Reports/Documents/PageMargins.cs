namespace Reporting.Reports.Documents;

/// <summary>Page margins in points. Header and footer are drawn inside the margins' inner area.</summary>
public sealed record PageMargins(float Top, float Right, float Bottom, float Left)
{
    /// <summary>About 17 mm on every side: room for binders and printers' unprintable edges.</summary>
    public static PageMargins Default { get; } = Uniform(48f);

    public static PageMargins Uniform(float points) => new(points, points, points, points);
}
