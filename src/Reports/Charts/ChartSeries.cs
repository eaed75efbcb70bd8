using ScottPlot;

namespace Reporting.Reports.Charts;

/// <summary>
/// One named series of values. <paramref name="Color"/> fixes the colour where it carries meaning (a team's own
/// colour, "leaked support" always red); otherwise the key picks a stable one.
/// </summary>
public sealed record ChartSeries(string Key, IReadOnlyList<double> Values, Color? Color = null);
