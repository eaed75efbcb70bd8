using Reporting.Warehouse;
using Reporting.Ingest.Company;
using Reporting.Testing;

namespace Reporting.Samples.Tests;

public sealed class SampleOptionsTests
{
    [Fact]
    public void Defaults_cover_iso_weeks_22_to_47_of_2026()
    {
        var options = new SampleOptions();

        Assert.Equal(42, options.Seed);
        Assert.Equal(26, options.Weeks);
        Assert.Equal(new DateOnly(2026, 11, 22), options.LastWeekSunday);
        var period = SamplePeriod.From(options);
        Assert.Equal(new DateOnly(2026, 5, 25), period.FirstDay);
        Assert.Equal("2026-W22", period.WeekLabel(0));
        Assert.Equal("2026-W47", period.WeekLabel(25));
    }

    [Fact]
    public void Rejects_a_last_day_that_is_not_a_sunday_and_bad_week_counts()
    {
        var directory = TempDirectory.Create("invalid");
        try
        {
            Assert.Throws<UserInputException>(() => SampleCompanyGenerator.Generate(new SampleOptions(LastWeekSunday: new DateOnly(2026, 11, 23)), directory));
            Assert.Throws<UserInputException>(() => SampleCompanyGenerator.Generate(new SampleOptions(Weeks: 0), directory));
            Assert.Throws<UserInputException>(() => SampleCompanyGenerator.Generate(new SampleOptions(Weeks: SampleOptions.MaxWeeks + 1), directory));
            Assert.Empty(Directory.GetFiles(directory));
        }
        finally
        {
            TempDirectory.Delete(directory);
        }
    }

    [Fact]
    public void Iso_week_labels_cross_the_year_boundary()
    {
        Assert.Equal("2026-W53", SamplePeriod.IsoWeekLabel(new DateOnly(2027, 1, 3)));
        Assert.Equal("2027-W01", SamplePeriod.IsoWeekLabel(new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public void Daylight_saving_rules_follow_the_region()
    {
        var berlin = CustomerRegions.All.Single(r => r.Code == "DE");
        var sydney = CustomerRegions.All.Single(r => r.Code == "AU");

        Assert.Equal(120, berlin.OffsetMinutes(new DateOnly(2026, 10, 24)));
        Assert.Equal(60, berlin.OffsetMinutes(new DateOnly(2026, 10, 25)));
        Assert.Equal(600, sydney.OffsetMinutes(new DateOnly(2026, 10, 3)));
        Assert.Equal(660, sydney.OffsetMinutes(new DateOnly(2026, 10, 4)));
    }
}
