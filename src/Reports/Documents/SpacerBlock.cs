namespace Reporting.Reports.Documents;

/// <summary>Vertical white space; dropped when it falls at a page break.</summary>
public sealed record SpacerBlock(float Height) : DocumentBlock;
