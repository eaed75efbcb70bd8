using ScottPlot;

namespace Reporting.Reports.Charts;

/// <summary>Value-axis limits that always include zero, so bar lengths are honest.</summary>
internal static class ValueAxis
{
    private const double Headroom = 0.08;

    public static (double Min, double Max) FromZero(IEnumerable<double> values)
    {
        double min = 0;
        double max = 0;
        foreach (double value in values.Where(double.IsFinite))
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        if (max - min <= 0)
        {
            max = 1; // nothing to show: keep a sane 0..1 axis rather than a degenerate one
        }

        double span = max - min;
        return (min < 0 ? min - (span * Headroom) : 0, max > 0 ? max + (span * Headroom) : 0);
    }

    public static void ApplyVertical(Plot plot, IEnumerable<double> values)
    {
        (double min, double max) = FromZero(values);
        plot.Axes.SetLimitsY(min, max);
    }

    public static void ApplyHorizontal(Plot plot, IEnumerable<double> values)
    {
        (double min, double max) = FromZero(values);
        plot.Axes.SetLimitsX(min, max);
    }
}
