using Reporting.Warehouse;
using Cronos;
using Reporting.Warehouse.Calendar;

namespace Reporting.Host.Jobs;

/// <summary>
/// When each PM's digest goes out: a cron expression evaluated in the PM's own time zone (Monday 07:00 local by
/// default), so daylight-saving changes move the UTC time, not the local one. The same expression and zone are
/// handed to Hangfire.
/// </summary>
public static class DigestSchedule
{
    public const string DefaultCron = "0 7 * * 1";

    public static TimeZoneInfo Zone(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? zone
            : throw new UserInputException($"Unknown time zone '{timeZoneId}' (use an IANA id such as Europe/Berlin)");
    }

    public static DateTimeOffset? NextRun(string cron, TimeZoneInfo zone, DateTimeOffset after) =>
        CronExpression.Parse(cron).GetNextOccurrence(after, zone);

    /// <summary>The week a digest sent at <paramref name="now"/> reports on: the last full week in the PM's local calendar.</summary>
    public static IsoWeek WeekReportedAt(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        return IsoWeek.Of(DateOnly.FromDateTime(local.DateTime)).AddWeeks(-1);
    }
}
