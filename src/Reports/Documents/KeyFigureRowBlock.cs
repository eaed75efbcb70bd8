namespace Reporting.Reports.Documents;

/// <summary>A row of equally wide key-figure tiles.</summary>
public sealed record KeyFigureRowBlock(IReadOnlyList<KeyFigure> Figures) : DocumentBlock;
