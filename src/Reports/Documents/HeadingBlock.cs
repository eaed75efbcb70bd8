namespace Reporting.Reports.Documents;

/// <summary>
/// A heading; levels outside 1–3 are clamped. Headings always keep with the next block,
/// so a heading never sits alone at the bottom of a page.
/// </summary>
public sealed record HeadingBlock(string? Text, int Level) : DocumentBlock;
