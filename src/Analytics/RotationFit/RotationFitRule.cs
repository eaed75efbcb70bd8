namespace Reporting.Analytics.RotationFit;

/// <summary>
/// The rule that turns a time-to-resolve range into a verdict, counted from the ticket's creation:
/// <see cref="RotationVerdict.Fits"/> when creation + the range's upper end falls before the rotation ends,
/// <see cref="RotationVerdict.Tight"/> when only creation + the median does, <see cref="RotationVerdict.Backlog"/>
/// otherwise, and also when the ticket is already older than the upper end (it has outlived nine in ten like it).
/// </summary>
public static class RotationFitRule
{
    public static (RotationVerdict Verdict, string Reason) Judge(DateTime createdAt, DateTime now, ResolutionRange? range, DateTime? rotationEndsAt)
    {
        if (range is null)
            return (RotationVerdict.Unknown, "too few resolved tickets to estimate from");
        if (rotationEndsAt is not { } end)
            return (RotationVerdict.Unknown, "no rotation on record for the team this week");
        var age = (now - createdAt).TotalDays;
        var left = (end - now).TotalDays;
        if (age > range.HighDays)
            return (RotationVerdict.Backlog, $"already open {Days(age)}, longer than 9 in 10 like it took ({Days(range.HighDays)})");
        if (createdAt.AddDays(range.HighDays) <= end)
            return (RotationVerdict.Fits, $"9 in 10 like it were resolved within {Days(range.HighDays)}; the rotation has {Days(left)} left");
        if (createdAt.AddDays(range.MedianDays) <= end)
            return (RotationVerdict.Tight, $"half of those like it took up to {Days(range.MedianDays)}, 9 in 10 up to {Days(range.HighDays)}; the rotation has {Days(left)} left");
        return (RotationVerdict.Backlog, $"half of those like it took over {Days(range.MedianDays)}; the rotation has {Days(left)} left");
    }

    /// <summary>"5 h", "3.5 d", "12 d": short and rounded, for reasons and pages.</summary>
    public static string Days(double days) =>
        days < 1
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Round(days * 24)):F0} h")
            : days < 10
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Round(days, 1):0.#} d")
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Round(days):F0} d");
}
