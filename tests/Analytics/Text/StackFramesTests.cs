using Reporting.Analytics.Text;

namespace Reporting.Analytics.Tests.Text;

/// <summary>The one stack-frame rule and the two things an analysis may do with a frame.</summary>
public class StackFramesTests
{
    private const string Trace =
        "java.io.IOException: disk full\n\tat org.apache.hadoop.hdfs.DFSClient.open(DFSClient.java:1234) ~[hadoop-hdfs.jar:?]\n\t... 12 more\nend";

    [Fact]
    public void DroppingRemovesWholeFrameLinesAndMoreMarkers()
    {
        Assert.Equal("java.io.IOException: disk full\n \n\t \nend", StackFrames.Apply(Trace, FrameHandling.Drop));
    }

    [Fact]
    public void KeepingTheMethodDropsFileLineAndJar()
    {
        Assert.Equal("java.io.IOException: disk full\n org.apache.hadoop.hdfs.DFSClient.open \n\t \nend",
            StackFrames.Apply(Trace, FrameHandling.KeepMethod));
    }

    [Fact]
    public void FramesRunTogetherOnOneLineAreFramesToo()
    {
        Assert.Equal("Exception: x  a.B.c   d.E.f ",
            StackFrames.Apply("Exception: x at a.B.c(B.java:1) at d.E.f(E.java:2)", FrameHandling.KeepMethod));
    }

    [Fact]
    public void DotNetAndPythonFramesGiveTheirMethods()
    {
        var text = "   at Billing.InvoiceService.Close(Int32 id) in C:\\src\\InvoiceService.cs:line 42\n  File \"/app/billing/jobs.py\", line 12, in close_invoice";

        Assert.Equal([" Billing.InvoiceService.Close ", " jobs.close_invoice "],
            StackFrames.Find(text).Select(m => " " + StackFrames.QualifiedMethod(m) + " "));
        Assert.Equal(" Billing.InvoiceService.Close \n jobs.close_invoice ", StackFrames.Apply(text, FrameHandling.KeepMethod));
    }

    [Fact]
    public void UnqualifiedCallsInProseAreNotFrames()
    {
        const string prose = "look at foo(bar) and at noon (UTC)";

        Assert.Equal(prose, StackFrames.Apply(prose, FrameHandling.Drop));
    }
}
