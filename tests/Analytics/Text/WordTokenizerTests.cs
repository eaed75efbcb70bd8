using Reporting.Analytics.Text;

namespace Reporting.Analytics.Tests.Text;

/// <summary>The one rule for cutting words, shared by owner routing and duplicate search.</summary>
public class WordTokenizerTests
{
    [Fact]
    public void SplitsDottedAndCamelCaseIdentifiersKeepingTheJoinedParts()
    {
        Assert.Equal(["namenode", "name", "node", "crashes", "in", "fsnamesystem", "fs", "namesystem", "startfile", "start", "file"],
            WordTokenizer.Tokenize("NameNode crashes in FSNamesystem.startFile"));
        Assert.Equal(["s3afilesystem", "s3a", "file", "system", "snake", "case", "dfsclient", "dfs", "client", "reader2"],
            WordTokenizer.Tokenize("S3AFileSystem snake_case DFSClient$Reader2"));
    }

    [Fact]
    public void CamelCaseBoundariesHandleAcronymsAndDigits()
    {
        Assert.Equal([4], WordTokenizer.CamelCaseBoundaries("nameNode"));
        Assert.Equal([2], WordTokenizer.CamelCaseBoundaries("FSNamesystem"));
        Assert.Equal([3, 7], WordTokenizer.CamelCaseBoundaries("S3AFileSystem"));
        Assert.Empty(WordTokenizer.CamelCaseBoundaries("ipv6"));
    }

    [Fact]
    public void DropsNumbersDigitRunsAndHexIds()
    {
        Assert.Equal(["block", "blk", "at", "log4j", "ipv6", "jdk1"],
            WordTokenizer.Tokenize("block blk_-9064654741761822118 at 10.0.0.12:50010 0x7fa3 deadbeef42 3f9a0c abc12345 2014 log4j ipv6 jdk1.8.0_151"));
    }

    [Fact]
    public void LongQualifiedNamesKeepTheirPartsAndOverlongPartsGo()
    {
        Assert.Equal(["org", "apache", "hadoop", "yarn", "server", "resourcemanager", "scheduler", "capacity", "capacityscheduler", "capacity", "scheduler", "allocate", "ok"],
            WordTokenizer.Tokenize("org.apache.hadoop.yarn.server.resourcemanager.scheduler.capacity.CapacityScheduler.allocate " + new string('a', 81) + " ok"));
    }

    [Fact]
    public void CliticsGoWithTheirWordAndShortOrLongWordsGo()
    {
        Assert.Equal(["it", "doesn", "work"], WordTokenizer.Tokenize("it doesn't work " + new string('x', 41)));
    }

    [Fact]
    public void TheAnalysisChoosesStopWordsReductionAndCap()
    {
        var rules = new WordRules { StopWords = StopWords.ForOwnerRouting, Reduce = w => w.ToUpperInvariant(), MaxWords = 3 };

        Assert.Equal(["DISK", "FULL", "NODE"], WordTokenizer.Tokenize("The disk is full on node seven", rules));
    }
}
