using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>
/// Sizes (points) and colours of every element. The defaults target printed A4/Letter;
/// delta colours are blue/vermillion rather than green/red so they stay distinct for colour-blind readers.
/// </summary>
public sealed record DocumentTheme
{
    public static DocumentTheme Default { get; } = new();

    public float BodySize { get; init; } = 10f;

    /// <summary>Line height as a multiple of the font size.</summary>
    public float LineSpacing { get; init; } = 1.35f;

    public float Heading1Size { get; init; } = 18f;

    public float Heading2Size { get; init; } = 14f;

    public float Heading3Size { get; init; } = 11.5f;

    public float TableTextSize { get; init; } = 9f;

    public float HeaderFooterSize { get; init; } = 8f;

    public float KeyFigureLabelSize { get; init; } = 8.5f;

    public float KeyFigureValueSize { get; init; } = 20f;

    public float KeyFigureDeltaSize { get; init; } = 8.5f;

    /// <summary>Vertical gap between consecutive blocks.</summary>
    public float BlockSpacing { get; init; } = 8f;

    public float CellPadding { get; init; } = 3.5f;

    public SKColor TextColor { get; init; } = new(0x1F, 0x23, 0x28);

    public SKColor MutedColor { get; init; } = new(0x59, 0x61, 0x69);

    public SKColor RuleColor { get; init; } = new(0xC8, 0xCF, 0xD6);

    public SKColor TableHeaderFill { get; init; } = new(0xE8, 0xEC, 0xF0);

    public SKColor ZebraFill { get; init; } = new(0xF5, 0xF7, 0xF9);

    public SKColor TileFill { get; init; } = new(0xF2, 0xF5, 0xF8);

    public SKColor GoodColor { get; init; } = new(0x00, 0x66, 0xA1);

    public SKColor BadColor { get; init; } = new(0xB3, 0x4A, 0x00);

    public SKColor NeutralColor { get; init; } = new(0x59, 0x61, 0x69);

    public float HeadingSize(int level) => level switch
    {
        <= 1 => Heading1Size,
        2 => Heading2Size,
        _ => Heading3Size,
    };

    public SKColor TrendColor(Trend trend) => trend switch
    {
        Trend.Good => GoodColor,
        Trend.Bad => BadColor,
        _ => NeutralColor,
    };
}
