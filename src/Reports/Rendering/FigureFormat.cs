using System.Globalization;

namespace Reporting.Reports.Rendering;

/// <summary>How figures read in every report and e-mail: one format for hours, shares, counts and changes.</summary>
public static class FigureFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(long value) => value.ToString("N0", Invariant);

    public static string Hours(double value) => value.ToString(Math.Abs(value) >= 100 ? "N0" : "N1", Invariant) + " h";

    public static string Share(double value) => value.ToString("P0", Invariant);

    public static string Duration(double? hours) => hours switch
    {
        null => "–",
        < 1 => $"{hours.Value * 60:N0} min".Replace(",", "", StringComparison.Ordinal),
        < 48 => string.Create(Invariant, $"{hours.Value:N1} h"),
        _ => string.Create(Invariant, $"{hours.Value / 24:N1} d"),
    };

    /// <summary>"+12 vs last week", "−3 points vs last week", "no change".</summary>
    public static string Delta(double current, double previous, string unit = "", string versus = "vs last week")
    {
        var delta = current - previous;
        // What would print as zero is no change: "-0.0 h" helps nobody.
        if (Math.Abs(delta) < (unit == "h" ? 0.05 : unit == "pp" ? 0.005 : 0.0005))
        {
            return $"no change {versus}";
        }

        var sign = delta > 0 ? "+" : "-";
        var magnitude = unit == "pp"
            ? string.Create(Invariant, $"{Math.Abs(delta) * 100:N0} points")
            : unit == "h"
                ? Hours(Math.Abs(delta))
                : Math.Abs(delta).ToString(Math.Abs(delta) >= 10 || delta == Math.Round(delta) ? "N0" : "N1", Invariant) + unit;
        return $"{sign}{magnitude} {versus}";
    }

    public static string Percent(double current, double previous) =>
        previous == 0 ? "new" : string.Create(Invariant, $"{(current - previous) / previous:+0%;-0%;0%}");
}
