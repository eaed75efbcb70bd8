using Reporting.Analytics.Text;

namespace Reporting.Analytics.Tests.Text;

/// <summary>The shared cleaning that owner routing and duplicate search both run before cutting words.</summary>
public class TicketTextCleanerTests
{
    private const string Ticket =
        "h2. Problem\nSee [the guide|http://x.org/guide].\n{noformat}\n2020-01-01 10:00:01 WARN retry\n2020-01-01 10:00:02 WARN retry\n" +
        "java.lang.NullPointerException\n\tat org.apache.hadoop.hdfs.DFSClient.open(DFSClient.java:12)\n{noformat}";

    [Fact]
    public void OneCleaningForBothAnalysesDifferingOnlyInWhatFramesBecome()
    {
        Assert.Equal("Problem\nSee  the guide .\n2020-01-01 10:00:01 WARN retry\njava.lang.NullPointerException\n",
            TicketTextCleaner.Clean(Ticket, FrameHandling.Drop));
        Assert.Equal("Problem\nSee  the guide .\n2020-01-01 10:00:01 WARN retry\njava.lang.NullPointerException\norg.apache.hadoop.hdfs.DFSClient.open\n",
            TicketTextCleaner.Clean(Ticket, FrameHandling.KeepMethod));
    }

    [Fact]
    public void RepeatedLinesCountOnceIgnoringDigits()
    {
        Assert.Equal("retry 1\nok\n", TicketTextCleaner.DropRepeatedLines("retry 1\n retry 2\n\nok\nok"));
    }

    [Fact]
    public void LongTextIsCutAndEmptyTextGivesNothing()
    {
        Assert.Equal("abc\n", TicketTextCleaner.Clean("abcdef", FrameHandling.Drop, maxChars: 3));
        Assert.Equal("", TicketTextCleaner.Clean(null, FrameHandling.Drop));
        Assert.Equal("", TicketTextCleaner.Clean("  \n ", FrameHandling.Drop));
    }
}
