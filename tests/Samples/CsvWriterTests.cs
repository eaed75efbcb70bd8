using Reporting.Ingest.Company;

namespace Reporting.Samples.Tests;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line1\nline2", "\"line1\nline2\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("Zoë; 🙏", "Zoë; 🙏")]
    public void Quotes_only_when_needed_and_doubles_quotes(string? field, string expected) =>
        Assert.Equal(expected, CsvWriter.Quote(field));

    [Fact]
    public void Counts_physical_lines_and_round_trips_through_a_strict_reader()
    {
        using var text = new StringWriter();
        var writer = new CsvWriter(text);
        writer.WriteRecord(["id", "body"]);
        writer.WriteRecord(["1", "two\nlines, and \"quotes\""]);
        writer.WriteRecord(["2", null]);

        Assert.Equal(4, writer.LinesWritten);
        Assert.Equal(3, writer.RecordsWritten);
        var records = CsvTestReader.Parse(text.ToString());
        Assert.Equal(["1", "two\nlines, and \"quotes\""], records[1]);
        Assert.Equal(["2", ""], records[2]);
    }

    [Fact]
    public void Raw_records_must_end_with_a_line_feed() =>
        Assert.Throws<ArgumentException>(() => new CsvWriter(TextWriter.Null).WriteRaw("no newline"));
}
