using Reporting.Reports.Documents;

namespace Reporting.Reports.Tests.Documents;

public sealed class TextSanitizerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\tand\nnewline", "tab\tand\nnewline")]
    [InlineData("windows\r\nmac\rline\u2028para\u2029end", "windows\nmac\nline\npara\nend")]
    [InlineData("nul\0bell\u0007esc\u001b[31mred\u007fdel\u0085c1", "nulbellesc[31mreddelc1")]
    [InlineData("a\u202Eevil\u202C b\u200Bc\u2066d\uFEFF", "aevil bcd")]
    [InlineData("joiners \U0001F469\u200D\U0001F467 \u0644\u200C\u0627", "joiners \U0001F469\u200D\U0001F467 \u0644\u200C\u0627")]
    [InlineData("e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301 \u05E9\u05BC\u05B8\u05C1", "e\u0301\u0301\u0301 \u05E9\u05BC\u05B8\u05C1")]
    [InlineData("a\u0308\u200B\u0308\u0308\u0308", "a\u0308\u0308\u0308")]
    [InlineData("emoji \U0001F600 stays", "emoji \U0001F600 stays")]
    [InlineData("עברית العربية", "עברית العربية")]
    public void Clean_removes_what_cannot_be_laid_out(string? input, string expected)
    {
        Assert.Equal(expected, TextSanitizer.Clean(input));
    }

    [Fact]
    public void Unpaired_surrogates_become_replacement_characters()
    {
        // Built at run time: attribute arguments are stored as UTF-8 and cannot carry lone surrogates.
        string input = "lone " + '\uD800' + " high, " + '\uDC00' + " low, pair \U0001F600 end" + '\uD83D';

        Assert.Equal("lone \uFFFD high, \uFFFD low, pair \U0001F600 end\uFFFD", TextSanitizer.Clean(input));
    }
}
