using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public class TicketTextNormalizerTests
{
    private readonly TicketTextNormalizer _normalizer = new();

    private List<string> Body(string text) => _normalizer.Normalize("", text).BodyTokens.ToList();

    [Fact]
    public void SplitsCamelCaseAndKeepsTheJoinedForm()
    {
        var tokens = _normalizer.Normalize("NameNode crashes in FSNamesystem.startFile", "").SubjectTokens;

        Assert.Equal(["namenode", "name", "node", "crashes", "fsnamesystem", "fs", "namesystem", "startfile", "start", "file"], tokens);
    }

    [Fact]
    public void StackTraceKeepsExceptionAndFrameNamesButDropsLineNumbers()
    {
        var text = "{code}\njava.io.FileNotFoundException: missing\n\tat org.apache.hdfs.DFSClient.open(DFSClient.java:1234)\n\t... 12 more\n{code}";

        var tokens = Body(text);

        Assert.Contains("filenotfoundexception", tokens);
        Assert.Contains("exception", tokens);
        Assert.Contains("dfsclient", tokens);
        Assert.Contains("client", tokens);
        Assert.Contains("open", tokens);
        Assert.DoesNotContain("java", tokens.Skip(tokens.IndexOf("dfsclient")));
        Assert.DoesNotContain(tokens, t => t.Any(char.IsDigit));
        Assert.DoesNotContain("code", tokens);
        Assert.DoesNotContain("more", tokens);
    }

    [Fact]
    public void DropsUrlsEmailsMentionsImagesAndHexIds()
    {
        var tokens = Body("See https://issues.example.org/browse/X-1 and [the docs|http://docs.example.org/a] ask [~jsmith] or bob@example.com !shot.png! block 0x7f3a9b2c deadbeef42");

        Assert.Equal(["see", "docs", "ask", "block"], tokens);
    }

    [Fact]
    public void RepeatedLogLinesCountOnce()
    {
        var log = string.Join('\n', Enumerable.Range(0, 50).Select(i => $"2020-01-01 10:00:{i:00} WARN retrying connection {i}"));

        var tokens = Body(log);

        Assert.Equal(1, tokens.Count(t => t == "retrying"));
    }

    [Fact]
    public void StopWordsAreRemovedOnlyWhenAsked()
    {
        var withStopWords = new TicketTextNormalizer(new TextNormalizationOptions { RemoveStopWords = false });

        Assert.Equal(["disk", "full"], _normalizer.Normalize("The disk is full", "").SubjectTokens);
        Assert.Equal(["the", "disk", "is", "full"], withStopWords.Normalize("The disk is full", "").SubjectTokens);
    }

    [Fact]
    public void MarkdownAndJiraMarkupLeaveOnlyWords()
    {
        var tokens = Body("h2. Steps\n* *bold* _italic_ {{monospace}}\n```bash\nls -la\n```\n{color:red}alert{color}");

        Assert.Equal(["steps", "bold", "italic", "monospace", "ls", "la", "alert"], tokens);
    }

    [Fact]
    public void BodyIsCappedInTokens()
    {
        var normalizer = new TicketTextNormalizer(new TextNormalizationOptions { MaxBodyTokens = 5 });
        var body = string.Join(' ', Enumerable.Range(0, 100).Select(i => "word" + (char)('a' + i % 26) + (char)('a' + i / 26)));

        Assert.Equal(5, normalizer.Normalize("", body).BodyTokens.Count);
    }

    [Fact]
    public void NullOrEmptyTextGivesNoTokens()
    {
        var normalized = _normalizer.Normalize(null, null);

        Assert.Empty(normalized.SubjectTokens);
        Assert.Empty(normalized.BodyTokens);
        Assert.Equal("", normalized.SubjectText);
    }

    [Fact]
    public void StructuredFieldsBecomeFieldValueWords()
    {
        var ticket = new OwnerTicket("1", DateTime.UnixEpoch, "s", "b", "Cloud Storage", "e-mail", "High", null, ["VIP", "eu west"]);

        Assert.Equal("product:cloud_storage channel:e-mail priority:high tag:vip tag:eu_west", TicketPreparation.MetaText(ticket));
    }
}
