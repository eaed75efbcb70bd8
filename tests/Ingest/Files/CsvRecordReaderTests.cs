using Reporting.Ingest.Files;

namespace Reporting.Ingest.Tests.Files;

public class CsvRecordReaderTests
{
    private static async Task<List<CsvRow>> Read(string text, int? expected = null)
    {
        var reader = new CsvRecordReader(new StringReader(text)) { ExpectedFields = expected };
        var rows = new List<CsvRow>();
        await foreach (var row in reader.ReadAsync())
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task Quoted_fields_keep_commas_doubled_quotes_and_newlines()
    {
        var rows = await Read("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,x,y,z\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["a", "b, c", "say \"hi\"", "two\nlines"], rows[0].Fields);
        Assert.Equal(1, rows[0].Line);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public async Task An_unbalanced_quote_costs_only_its_own_line()
    {
        var rows = await Read("a,b,c\n1,\"open,3\n4,5,6\n7,8,9\n", expected: 3);

        Assert.Equal(4, rows.Count);
        Assert.False(rows[1].IsValid);
        Assert.Equal(2, rows[1].Line);
        Assert.Contains("unbalanced quote", rows[1].Error);
        Assert.Equal(["4", "5", "6"], rows[2].Fields);
        Assert.Equal(["7", "8", "9"], rows[3].Fields);
    }

    [Fact]
    public async Task A_quote_closed_by_a_later_record_is_detected_and_the_later_records_survive()
    {
        var rows = await Read("1,\"open,3\n4,5,6\n7,\"x,y\",9\n", expected: 3);

        Assert.False(rows[0].IsValid);
        Assert.Equal(["4", "5", "6"], rows[1].Fields);
        Assert.Equal(["7", "x,y", "9"], rows[2].Fields);
    }

    [Fact]
    public async Task Text_after_a_closing_quote_is_an_error_naming_the_field()
    {
        var rows = await Read("1,\"ab\"c,3\n");

        Assert.False(rows[0].IsValid);
        Assert.Contains("field 2", rows[0].Error);
    }

    [Fact]
    public async Task Wrong_field_counts_are_errors_and_blank_lines_are_skipped()
    {
        var rows = await Read("1,2,3\n\n1,2\n1,2,3,4\r\n5,6,7\r\n", expected: 3);

        Assert.Equal([true, false, false, true], rows.Select(r => r.IsValid));
        Assert.Equal([1L, 3, 4, 5], rows.Select(r => r.Line));
        Assert.Equal("expected 3 fields, found 2", rows[1].Error);
    }

    [Fact]
    public async Task A_stray_quote_inside_an_unquoted_field_is_kept_literally()
    {
        var rows = await Read("1,5\" screen,3\n", expected: 3);

        Assert.Equal(["1", "5\" screen", "3"], rows[0].Fields);
    }
}
