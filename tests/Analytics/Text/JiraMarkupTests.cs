using Reporting.Analytics.Text;

namespace Reporting.Analytics.Tests.Text;

/// <summary>The shared markup rules, with the exact text they leave.</summary>
public class JiraMarkupTests
{
    [Fact]
    public void HeadingMarkersGoAndTheirTitlesStay()
    {
        Assert.Equal("Problem\nSteps\ntext h2. inside", JiraMarkup.Strip("h2. Problem\n## Steps\ntext h2. inside"));
    }

    [Fact]
    public void CodeBlocksKeepTheirContentsInPlace()
    {
        Assert.Equal("before\n\n\nint x = foo();\n\n\nafter \n\nls -la\n\n",
            JiraMarkup.Strip("before\n{code:java}\nint x = foo();\n{code}\nafter {noformat}\nls -la\n```"));
        Assert.Equal("Run\n\n\nls -la\n\n\nthen\n\nx\n\nend", JiraMarkup.Strip("Run\n```bash\nls -la\n```\nthen\n{code}x{code}\nend"));
    }

    [Fact]
    public void ProseWithoutCodeDropsCodeBlocksWithTheirContents()
    {
        Assert.Equal("Run\n\n\nthen\n\n\nend", JiraMarkup.StripWithoutCode("Run\n```bash\nls -la\n```\nthen\n{code}x{code}\nend"));
    }

    [Fact]
    public void LinksKeepTheirLabelAndMentionsImagesAndBareLinksGo()
    {
        Assert.Equal("See  the guide  by   or    .",
            JiraMarkup.Strip("See [the guide|http://x.org/guide] by [~alice] or [http://x.org] !shot.png|thumbnail!."));
    }

    [Fact]
    public void UrlsOfAnySchemeAndEmailAddressesGo()
    {
        Assert.Equal("read   and   via jdbc:  ask  ",
            JiraMarkup.Strip("read hdfs://nn:8020/user/a and www.example.org/x via jdbc:mysql://db/x ask bob.smith@example.com."));
    }

    [Fact]
    public void MacrosHtmlTagsAndEntitiesGo()
    {
        Assert.Equal(" alert   bold     quoted ", JiraMarkup.Strip("{color:red}alert{color} <b>bold</b> &amp; {quote}quoted{quote}"));
    }

    [Fact]
    public void CarriageReturnsBecomeNewLines()
    {
        Assert.Equal("a\nb\nc", JiraMarkup.Strip("a\r\nb\rc"));
    }
}
