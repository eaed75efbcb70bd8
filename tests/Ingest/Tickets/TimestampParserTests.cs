using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Tests.Tickets;

public class TimestampParserTests
{
    [Theory]
    [InlineData("2026-06-01T09:14:27Z", "2026-06-01T09:14:27")]
    [InlineData("2011-06-14T10:02:10.000+0000", "2011-06-14T10:02:10")]
    [InlineData("2026-06-01T11:14:27+02:00", "2026-06-01T09:14:27")]
    [InlineData("2026-06-01 09:14:27", "2026-06-01T09:14:27")]
    [InlineData("2026-06-01", "2026-06-01T00:00:00")]
    public void Iso_timestamps_are_read_as_utc(string text, string expectedUtc)
    {
        Assert.True(TimestampParser.TryParseUtc(text, out var utc));
        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Theory]
    [InlineData("2026-13-45T99:00:00Z")]
    [InlineData("yesterday")]
    [InlineData("1/2/2026")]
    [InlineData("")]
    public void Anything_else_is_refused(string text) => Assert.False(TimestampParser.TryParseUtc(text, out _));
}
