using System.Globalization;

namespace Reporting.Host.Observability;

/// <summary>A span as an operator reads it in a health report: "40 s", "12 min", "3.5 h", "2 d".</summary>
public static class AgeText
{
    public static string Of(TimeSpan span) => span switch
    {
        { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, span.TotalSeconds):F0} s"),
        { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:F0} min"),
        { TotalDays: < 2 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} h"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0.#} d"),
    };
}
