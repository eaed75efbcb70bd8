namespace Reporting.Samples;

/// <summary>
/// When support staff answer non-urgent tickets: weekdays 06:00-20:00 UTC (Europe plus the Americas' morning),
/// weekends 08:00-16:00 UTC with a skeleton crew. Urgent tickets go to on-call and ignore these hours.
/// </summary>
internal static class SupportHours
{
    private static (int OpenHour, int CloseHour) Window(DateOnly day) =>
        SampleTime.IsWeekend(day) ? (8, 16) : (6, 20);

    /// <summary>The instant <paramref name="minutes"/> of staffed time after <paramref name="start"/>.</summary>
    public static DateTime AddStaffedMinutes(DateTime start, double minutes)
    {
        var at = start;
        var remaining = TimeSpan.FromMinutes(Math.Max(0, minutes));
        for (var guard = 0; guard < 400; guard++)
        {
            var day = SampleTime.DateOf(at);
            var (open, close) = Window(day);
            var opens = day.ToDateTime(new TimeOnly(open, 0), DateTimeKind.Utc);
            var closes = day.ToDateTime(new TimeOnly(close, 0), DateTimeKind.Utc);
            if (at < opens)
            {
                at = opens;
            }

            if (at >= closes)
            {
                at = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                continue;
            }

            var available = closes - at;
            if (remaining <= available)
            {
                return at + remaining;
            }

            remaining -= available;
            at = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }

        return at + remaining;
    }
}
