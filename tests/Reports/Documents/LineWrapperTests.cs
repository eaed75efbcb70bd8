using Reporting.Reports.Documents;

namespace Reporting.Reports.Tests.Documents;

public sealed class LineWrapperTests
{
    // From the body of SUP-100002 in data/samples/tickets.csv: no spaces between the Japanese words.
    private const string JapaneseBody = "API limitsでquotaを設定する方法を教えていただけますでしょうか。ドキュメントには記載が見つかりませんでした。";

    [Fact]
    public void Japanese_breaks_between_characters_but_never_before_closing_punctuation()
    {
        using var fonts = new FontCache();

        var lines = LineWrapper.Wrap(JapaneseBody, fonts.Get(FontFace.Regular, 10), 120);

        Assert.Equal(["API limitsでquotaを設定", "する方法を教えていただけ", "ますでしょうか。ドキュメ", "ントには記載が見つかりま", "せんでした。"], lines.Select(l => l.Text));
        Assert.All(lines, line => Assert.True(line.Width <= 120.01f, $"{line.Text}: {line.Width}"));
    }

    [Fact]
    public void A_word_can_be_limited_to_a_number_of_lines_and_ends_with_an_ellipsis()
    {
        using var fonts = new FontCache();

        var lines = LineWrapper.Wrap("id " + new string('x', 500) + " tail", fonts.Get(FontFace.Regular, 10), 100, maxLines: int.MaxValue, maxLinesPerWord: 2);

        Assert.Equal(4, lines.Count);
        Assert.Equal("id", lines[0].Text);
        Assert.EndsWith("\u2026", lines[2].Text, StringComparison.Ordinal);
        Assert.Equal("tail", lines[3].Text);
        Assert.All(lines, line => Assert.True(line.Width <= 100.01f));
    }
}
