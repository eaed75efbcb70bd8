using System.Globalization;

namespace Reporting.Bench;

/// <summary>One line of <c>bench speed</c>: a figure, the baseline measured beside it in the same run, and the target.</summary>
/// <param name="Ratio">Measured ÷ baseline, when both are times of comparable work; null when the target is absolute.</param>
public sealed record SpeedRow(string Figure, string Measured, string Baseline, double? Ratio, string Target, bool Met)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Seconds(double s) => s < 1 ? string.Create(C, $"{s * 1000:F0} ms") : string.Create(C, $"{s:F2} s");

    public static string Milliseconds(double ms) => string.Create(C, $"{ms:F2} ms");

    public static string Megabytes(double mb) => string.Create(C, $"{mb:N0} MB");
}
