using Reporting.Warehouse.Calendar;

namespace Reporting.Warehouse.Tests.Calendar;

public class IsoWeekTests
{
    [Theory]
    [InlineData("2026-11-23", "2026-W48")]
    [InlineData("2026-12-31", "2026-W53")]
    [InlineData("2027-01-03", "2026-W53")]
    [InlineData("2027-01-04", "2027-W01")]
    [InlineData("2024-12-30", "2025-W01")]
    public void Dates_fall_in_their_iso_week_across_year_boundaries(string date, string week) =>
        Assert.Equal(week, IsoWeek.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void Weeks_parse_format_and_step()
    {
        var week = IsoWeek.Parse("2026-W53");

        Assert.Equal(new DateOnly(2026, 12, 28), week.Monday);
        Assert.Equal("2027-W01", week.AddWeeks(1).ToString());
        Assert.Equal(3, IsoWeek.Parse("2026-W52").WeeksUntil(IsoWeek.Parse("2027-W02")));
        Assert.False(IsoWeek.TryParse("2025-W53", out _));
        Assert.Equal(["2026-W52", "2026-W53", "2027-W01"], IsoWeek.Range(IsoWeek.Parse("2026-W52"), IsoWeek.Parse("2027-W01")).Select(w => w.ToString()));
    }

    [Fact]
    public void Invalid_iso_weeks_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IsoWeek(2025, 53));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IsoWeek(2026, 0));
    }
}
