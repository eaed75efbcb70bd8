using System.Globalization;
using Reporting.Ingest.Columns;

namespace Reporting.Ingest.Tests.Columns;

public sealed class DateReadingTests
{
    private static readonly DateReading Jira = new() { Formats = ["d'/'MMM'/'yy h:mm tt"] };

    [Theory]
    [InlineData("17/Nov/25 9:12 AM", "2025-11-17T09:12:00Z")]
    [InlineData("17/Nov/25 09:12 PM", "2025-11-17T21:12:00Z")]
    [InlineData("2025-11-17T09:12:00+01:00", "2025-11-17T08:12:00Z")]
    [InlineData("2025-11-17 09:12:00 +0100", "2025-11-17T08:12:00Z")]
    [InlineData("2025-11-17 09:12 UTC", "2025-11-17T09:12:00Z")]
    [InlineData("2025-11-17", "2025-11-17T00:00:00Z")]
    public void Formats_and_iso_are_read_and_an_offset_at_the_end_is_read_on_its_own(string text, string utc)
    {
        Assert.True(Jira.TryParse(text, "Created", out var parsed, out var problem), problem);

        Assert.Equal(utc, parsed.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }

    [Theory]
    [InlineData("45978.383", "Created '45978.383' is a number, expected a date: d'/'MMM'/'yy h:mm tt (like 17/Nov/25 9:12 AM) or ISO-8601 (like 2025-11-17T09:12:00Z)")]
    [InlineData("17/Nov/25 9:12", "Created '17/Nov/25 9:12' does not match d'/'MMM'/'yy h:mm tt (like 17/Nov/25 9:12 AM) or ISO-8601 (like 2025-11-17T09:12:00Z)")]
    public void What_cannot_be_read_is_refused_saying_what_it_is_and_what_was_expected(string text, string reason)
    {
        Assert.False(Jira.TryParse(text, "Created", out _, out var problem));

        Assert.Equal(reason, problem);
    }

    [Fact]
    public void Times_without_an_offset_are_in_the_given_zone_and_one_the_clocks_skip_is_refused()
    {
        var berlin = new DateReading { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin") };

        Assert.True(berlin.TryParse("2025-07-01 12:00", "opened", out var summer, out _));
        Assert.True(berlin.TryParse("2025-07-01 12:00Z", "opened", out var given, out _));
        Assert.False(berlin.TryParse("2025-03-30 02:30", "opened", out _, out var problem));

        Assert.Equal(new DateTime(2025, 7, 1, 10, 0, 0, DateTimeKind.Utc), summer);
        Assert.Equal(new DateTime(2025, 7, 1, 12, 0, 0, DateTimeKind.Utc), given);
        Assert.Equal("opened '2025-03-30 02:30' does not exist in Europe/Berlin: the clocks skip that hour (daylight-saving change)", problem);
    }

    [Theory]
    [InlineData("dd.MM.yyyy HH:mm", null)]
    [InlineData("yyyy-MM-ddTHH:mm:ssK", "leave the offset out (z, K): an offset at the end of a value (Z, +01:00, +0100, UTC) is read on its own")]
    [InlineData("'at' HH:mm", "it does not read back the dates it writes ('at 09:12'); give a date format such as dd.MM.yyyy HH:mm")]
    public void A_format_is_accepted_only_when_it_reads_back_the_dates_it_writes(string format, string? problem)
    {
        Assert.Equal(problem, DateReading.FormatProblem(format, CultureInfo.InvariantCulture));
    }
}
