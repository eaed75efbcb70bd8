using Reporting.Warehouse;
using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.Storage;
using Reporting.Host.Jobs;
using Reporting.Testing;

namespace Reporting.Host.Tests.Jobs;

[Collection(ServiceCollection.Name)]
public class DigestScheduleTests
{
    private static readonly TimeZoneInfo Berlin = DigestSchedule.Zone("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = DigestSchedule.Zone("America/New_York");

    [Theory]
    [InlineData("2026-03-20T12:00:00Z", "2026-03-23T06:00:00Z")] // Monday 07:00 CET
    [InlineData("2026-03-27T12:00:00Z", "2026-03-30T05:00:00Z")] // clocks went forward on Sunday: 07:00 CEST
    [InlineData("2026-10-23T12:00:00Z", "2026-10-26T06:00:00Z")] // clocks went back on Sunday: 07:00 CET again
    public void A_berlin_pm_gets_the_digest_at_seven_local_time_across_daylight_saving_changes(string after, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), DigestSchedule.NextRun(DigestSchedule.DefaultCron, Berlin, DateTimeOffset.Parse(after)));

    [Fact]
    public void A_new_york_pm_moves_an_hour_earlier_in_utc_when_their_clocks_spring_forward()
    {
        var before = DigestSchedule.NextRun(DigestSchedule.DefaultCron, NewYork, DateTimeOffset.Parse("2026-02-27T12:00:00Z"));
        var after = DigestSchedule.NextRun(DigestSchedule.DefaultCron, NewYork, DateTimeOffset.Parse("2026-03-06T12:00:00Z"));

        Assert.Equal(DateTimeOffset.Parse("2026-03-02T12:00:00Z"), before);
        Assert.Equal(DateTimeOffset.Parse("2026-03-09T11:00:00Z"), after);
    }

    [Fact]
    public void Hangfire_schedules_the_recurring_digest_at_the_same_instant_with_a_fake_clock()
    {
        var clock = TestClock.Create(DateTimeOffset.Parse("2026-03-27T12:00:00Z"));
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null); // another test's host may have left its (disposed) logger behind
        var storage = new InMemoryStorage();
        var manager = new RecurringJobManager(storage, JobFilterProviders.Providers, new DefaultTimeZoneResolver(), () => clock.GetUtcNow().UtcDateTime);

        manager.AddOrUpdate("digest:pm@example.com", Job.FromExpression<DigestJobs>(j => j.SendWeeklyDigestAsync("pm@example.com", null, false, CancellationToken.None)),
            DigestSchedule.DefaultCron, new RecurringJobOptions { TimeZone = Berlin });

        using var connection = storage.GetConnection();
        var job = connection.GetRecurringJobs().Single();
        Assert.Equal(DigestSchedule.NextRun(DigestSchedule.DefaultCron, Berlin, clock.GetUtcNow())!.Value.UtcDateTime, job.NextExecution);
        Assert.Equal(new DateTime(2026, 3, 30, 5, 0, 0), job.NextExecution);
    }

    [Fact]
    public void The_digest_reports_the_last_full_week_of_the_pms_own_calendar()
    {
        // Monday 07:00 in Tokyo is still Sunday in UTC: the PM's "last week" is their local one.
        var mondayMorningTokyo = DateTimeOffset.Parse("2026-11-22T22:00:00Z");

        Assert.Equal("2026-W47", DigestSchedule.WeekReportedAt(mondayMorningTokyo, DigestSchedule.Zone("Asia/Tokyo")).ToString());
        Assert.Equal("2026-W46", DigestSchedule.WeekReportedAt(mondayMorningTokyo, TimeZoneInfo.Utc).ToString());
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_its_name() =>
        Assert.Contains("Mars/Olympus", Assert.Throws<UserInputException>(() => DigestSchedule.Zone("Mars/Olympus")).Message);
}
