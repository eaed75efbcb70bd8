using Reporting.Ingest.Files;

namespace Reporting.Ingest.Tests.Files;

public class CsvRecordReaderTests
{
    private static async Task<List<CsvRow>> Read(string text, int? expected = null, int maxFieldBytes = FieldSizeLimit.DefaultBytes)
    {
        var reader = new CsvRecordReader(new StringReader(text)) { ExpectedFields = expected, Limit = new FieldSizeLimit(maxFieldBytes) };
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

    [Fact]
    public async Task A_field_over_the_limit_rejects_its_record_naming_the_field_and_its_size()
    {
        var rows = await Read($"a,b\n1,{new string('x', 2_000)}\n2,ok\n", expected: 2, maxFieldBytes: 1_024);

        Assert.Equal([true, false, true], rows.Select(r => r.IsValid));
        Assert.Equal("field 2 is 2,000 bytes, over the 1 KiB limit (--max-field-bytes)", rows[1].Error);
        Assert.Equal(1, rows[1].ErrorField);
        Assert.Equal(["2", "ok"], rows[2].Fields);
    }

    [Fact]
    public async Task The_text_kept_of_an_oversized_record_is_its_beginning_and_its_length()
    {
        var rows = await Read($"1,{new string('x', 2_000)}\n", maxFieldBytes: 1_024);

        Assert.Equal(1_000 + "… [cut: the line is 2,002 characters]".Length, rows[0].Raw.Length);
        Assert.StartsWith("1,xxx", rows[0].Raw, StringComparison.Ordinal);
        Assert.EndsWith("… [cut: the line is 2,002 characters]", rows[0].Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quoted_field_over_the_limit_that_spans_lines_is_rejected_as_one_record()
    {
        var rows = await Read($"1,\"{new string('x', 600)}\n{new string('y', 600)}\"\n2,ok\n", expected: 2, maxFieldBytes: 1_024);

        Assert.Equal([1L, 3], rows.Select(r => r.Line));
        Assert.Equal("field 2 is 1,201 bytes, over the 1 KiB limit (--max-field-bytes)", rows[0].Error);
        Assert.Equal(["2", "ok"], rows[1].Fields);
    }

    [Fact]
    public async Task An_oversized_field_whose_quote_never_closes_costs_only_its_own_line()
    {
        var rows = await Read($"1,\"{new string('x', 2_000)}\n2,ok\n3,ok\n", expected: 2, maxFieldBytes: 1_024);

        Assert.Equal([1L, 2, 3], rows.Select(r => r.Line));
        Assert.Equal("field 2 is over the 1 KiB limit (--max-field-bytes)", rows[0].Error);
        Assert.Equal(["2", "ok"], rows[1].Fields);
        Assert.Equal(["3", "ok"], rows[2].Fields);
    }

    [Fact]
    public async Task A_record_over_four_times_the_field_limit_is_rejected_even_when_each_field_is_within_it()
    {
        var field = new string('x', 1_000);
        var rows = await Read($"{field},{field},{field},{field},{field}\nnext\n", maxFieldBytes: 1_024);

        Assert.Equal("the record is 5,000 bytes, over the 4 KiB record limit (4 × --max-field-bytes)", rows[0].Error);
        Assert.Null(rows[0].ErrorField);
        Assert.Equal(["next"], rows[1].Fields);
    }

    [Fact]
    public async Task Another_delimiter_separates_fields_when_one_is_given()
    {
        var reader = new CsvRecordReader(new StringReader("a;\"b;c\";d\n")) { Delimiter = ';' };
        var rows = new List<CsvRow>();
        await foreach (var row in reader.ReadAsync())
        {
            rows.Add(row);
        }

        Assert.Equal(["a", "b;c", "d"], rows.Single().Fields);
    }
}
