namespace Reporting.Reports.Documents;

/// <summary>Page dimensions in PDF points (1/72 inch).</summary>
public sealed record PageSize(float Width, float Height)
{
    public static PageSize A4 { get; } = new(595.28f, 841.89f);

    public static PageSize Letter { get; } = new(612f, 792f);

    public PageSize Landscape() => new(Math.Max(Width, Height), Math.Min(Width, Height));
}
