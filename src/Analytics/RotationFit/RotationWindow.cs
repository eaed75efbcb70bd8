using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.RotationFit;

/// <summary>The current rotation of a team: who is on it and when it ends (consecutive weeks of the same engineer are one rotation).</summary>
public sealed record RotationWindow(string Engineer, DateTime EndsAt)
{
    /// <summary>The rotation under way at <paramref name="now"/>; null when no week of it is on record.</summary>
    public static RotationWindow? At(IReadOnlyList<RotationWeekRow> weeks, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var ordered = weeks.OrderBy(w => w.WeekStart).ToList();
        var index = ordered.FindIndex(w => Start(w) <= now && now < Start(w).AddDays(7));
        if (index < 0)
            return null;
        var engineer = ordered[index].Engineer;
        var end = Start(ordered[index]).AddDays(7);
        for (var i = index + 1; i < ordered.Count && Start(ordered[i]) == end && ordered[i].Engineer == engineer; i++)
            end = end.AddDays(7);
        return new RotationWindow(engineer, end);
    }

    private static DateTime Start(RotationWeekRow week) => week.WeekStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
