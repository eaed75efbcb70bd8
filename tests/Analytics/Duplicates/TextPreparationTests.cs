using Reporting.Analytics.Duplicates;
using Reporting.Analytics.Text;

namespace Reporting.Analytics.Tests.Duplicates;

public class TextPreparationTests
{
    [Fact]
    public void SplitsDottedAndCamelCaseIdentifiers()
    {
        var terms = TermTokenizer.Tokenize("BLOCK* NameSystem.pendingTransfer: ask DFSClient");

        Assert.Contains("namesystem", terms);
        Assert.Contains("name", terms);
        Assert.Contains("system", terms);
        Assert.Contains("pendingtransfer", terms);
        Assert.Contains("transfer", terms);
        Assert.Contains("dfsclient", terms);
        Assert.Contains("dfs", terms);
        Assert.Contains("client", terms);
    }

    [Fact]
    public void DropsNumbersHexIdsUrlsAndStopWords()
    {
        var terms = TermTokenizer.Tokenize(TicketTextCleaner.Clean(
            "the block blk_-9064654741761822118 at 10.0.0.12:50010 https://issues.example.org/x?y=1 0x7fa3 2014", FrameHandling.Drop));

        Assert.Equal(["block", "blk"], terms);
    }

    [Fact]
    public void StemsCommonSuffixes()
    {
        Assert.Equal(LightStemmer.Stem("fails"), LightStemmer.Stem("failing"));
        Assert.Equal(LightStemmer.Stem("failed"), LightStemmer.Stem("fail"));
        Assert.Equal(LightStemmer.Stem("created"), LightStemmer.Stem("create"));
        Assert.Equal("query", LightStemmer.Stem("queries"));
    }

    [Fact]
    public void ExtractsExceptionTypesTopFramesAndFingerprint()
    {
        var signals = StackTraceExtractor.Extract(string.Format(TicketFixtures.NameNodeTrace, 812, 540));

        Assert.Equal(["NullPointerException"], signals.ExceptionTypes);
        Assert.Equal(["FSImage.loadFSImage", "FSNamesystem.loadFromDisk", "NameNode.initialize"], signals.TopFrames);
        Assert.NotNull(signals.Fingerprint);
    }

    [Fact]
    public void FingerprintIgnoresLineNumbersAndPlatformFrames()
    {
        var first = StackTraceExtractor.Extract(string.Format(TicketFixtures.NameNodeTrace, 812, 540));
        var second = StackTraceExtractor.Extract(string.Format(TicketFixtures.NameNodeTrace, 900, 1));

        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.DoesNotContain(first.TopFrames, f => f.StartsWith("Thread.", StringComparison.Ordinal));
    }

    [Fact]
    public void ErrorSignatureMasksNumbersAndQuotedValues()
    {
        var first = StackTraceExtractor.Extract("java.io.IOException: Failed to connect to host1:8020 after 3 retries for '/user/a'");
        var second = StackTraceExtractor.Extract("java.io.IOException: Failed to connect to host9:9000 after 7 retries for '/tmp/b'");

        Assert.Single(first.ErrorSignatures);
        Assert.Equal(first.ErrorSignatures, second.ErrorSignatures);
    }

    [Fact]
    public void ReadsDotNetAndPythonFrames()
    {
        var dotnet = StackTraceExtractor.Extract("System.InvalidOperationException: bad state\n   at Billing.Invoices.InvoiceService.Close(Int32 id) in C:\\src\\InvoiceService.cs:line 42\n   at System.Threading.Tasks.Task.Run()");
        var python = StackTraceExtractor.Extract("Traceback (most recent call last):\n  File \"/app/billing/jobs.py\", line 12, in close_invoice\nKeyError: 'id'");

        Assert.Equal(["InvoiceService.Close"], dotnet.TopFrames);
        Assert.Equal(["jobs.close_invoice"], python.TopFrames);
    }

    [Fact]
    public void PreparedBodyDropsFrameLinesAndRepeatedLogLines()
    {
        var body = "2020-01-01 10:00:01 WARN Retrying connect to server\n2020-01-01 10:00:02 WARN Retrying connect to server\n" +
                   string.Format(TicketFixtures.NameNodeTrace, 1, 2);
        var prepared = TicketTextPreparer.Prepare(TicketFixtures.Ticket("t", 0, "Subject", body, "P", "S", "1"));

        Assert.Equal(1, prepared.BodyTerms.Count(t => t == "retry"));
        Assert.DoesNotContain("loadfromdisk", prepared.BodyTerms);
        Assert.Contains("FSNamesystem.loadFromDisk", prepared.Trace.TopFrames);
    }
}
