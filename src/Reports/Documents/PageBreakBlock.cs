namespace Reporting.Reports.Documents;

/// <summary>Starts a new page, unless the current page is still empty.</summary>
public sealed record PageBreakBlock : DocumentBlock;
