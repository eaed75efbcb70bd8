using ScottPlot;

namespace Reporting.Reports.Documents;

/// <summary>
/// A ScottPlot chart drawn as vectors across the content width at the given height (points).
/// The plot is rendered when the document is rendered, so it must not be changed or disposed before then.
/// </summary>
public sealed record ChartBlock(Plot Plot, float Height) : DocumentBlock;
