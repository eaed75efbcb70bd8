using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>How a run of text is drawn: face, size in points and colour.</summary>
public readonly record struct TextStyle(FontFace Face, float Size, SKColor Color);
