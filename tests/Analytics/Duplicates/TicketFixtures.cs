using Reporting.Analytics.Duplicates;

namespace Reporting.Analytics.Tests.Duplicates;

/// <summary>
/// Small hand-written ticket sets with planted duplicate families: the same problem told in different
/// words, some sharing a stack trace (with different line numbers), among unrelated distractors.
/// </summary>
internal static class TicketFixtures
{
    private static readonly DateTime Start = new(2021, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    public const string NameNodeTrace = """
        java.lang.NullPointerException
            at org.apache.hadoop.hdfs.server.namenode.FSImage.loadFSImage(FSImage.java:{0})
            at org.apache.hadoop.hdfs.server.namenode.FSNamesystem.loadFromDisk(FSNamesystem.java:{1})
            at org.apache.hadoop.hdfs.server.namenode.NameNode.initialize(NameNode.java:311)
            at java.lang.Thread.run(Thread.java:745)
        """;

    public const string ShuffleTrace = """
        org.apache.hadoop.mapreduce.task.reduce.Shuffle$ShuffleError: error in shuffle in fetcher#{0}
            at org.apache.hadoop.mapreduce.task.reduce.Shuffle.run(Shuffle.java:134)
            at org.apache.hadoop.mapred.ReduceTask.run(ReduceTask.java:376)
        Caused by: java.lang.OutOfMemoryError: Java heap space
            at org.apache.hadoop.io.BoundedByteArrayOutputStream.<init>(BoundedByteArrayOutputStream.java:56)
            at org.apache.hadoop.mapreduce.task.reduce.InMemoryMapOutput.<init>(InMemoryMapOutput.java:{1})
        """;

    /// <summary>Family ids: "nn-*" NameNode NPE on startup, "dn-*" DataNode volume failure, "sh-*" shuffle OOM, "ui-*" RM web UI.</summary>
    public static List<DuplicateCandidate> PlantedFamilies()
    {
        var tickets = new List<DuplicateCandidate>
        {
            Ticket("nn-1", 0, "NameNode fails to start with NullPointerException in FSImage.loadFSImage",
                "After a restart the NameNode does not come up. Log:\n{noformat}\n" + string.Format(NameNodeTrace, 812, 540) + "{noformat}", "HDFS", "namenode", "2.7.1"),
            Ticket("dn-1", 1, "DataNode shuts down when a single disk volume fails",
                "One of 12 disks on the datanode died (/data/7). Instead of marking the volume as failed the DataNode process exits. " +
                "dfs.datanode.failed.volumes.tolerated is set to 2.", "HDFS", "datanode", "2.7.1"),
            Ticket("x-1", 2, "Add metrics for the number of open files on the NameNode",
                "It would help operators to see how many files are open for write. Add a gauge to NameNodeMetrics.", "HDFS", "namenode", "2.7.1"),
            Ticket("sh-1", 3, "Reducer fails with OutOfMemoryError during shuffle",
                "Large job, reducers die while fetching map outputs.\n{code}\n" + string.Format(ShuffleTrace, 3, 63) + "{code}", "MAPREDUCE", "task", "2.6.0"),
            Ticket("x-2", 4, "Document the balancer bandwidth setting",
                "The docs do not mention dfs.datanode.balance.bandwidthPerSec. Please add it to hdfs-default.xml description.", "HDFS", "documentation", "2.7.1"),
            Ticket("ui-1", 5, "ResourceManager web UI returns HTTP 500 on the scheduler page",
                "Opening http://rm:8088/cluster/scheduler shows an error page. The RM log has a ClassCastException in CapacitySchedulerPage.", "YARN", "resourcemanager", "2.8.0"),
            Ticket("x-3", 6, "Upgrade Jetty to fix a security advisory",
                "Jetty 6 is end of life; move the web servers to Jetty 9.", "HADOOP", "build", "2.8.0"),
            Ticket("x-4", 7, "DataNode block report takes too long with many blocks",
                "With 10 million blocks per datanode the full block report takes minutes and blocks heartbeats.", "HDFS", "datanode", "2.7.1"),
            Ticket("nn-2", 9, "NPE when restarting namenode after upgrade",
                "We upgraded and restarted the namenode; startup aborts while loading the fsimage:\n" + string.Format(NameNodeTrace, 815, 541), "HDFS", "namenode", "2.7.2"),
            Ticket("x-5", 10, "Reduce the log level of a noisy shuffle message",
                "Fetcher logs every map output at INFO. Move the message to DEBUG.", "MAPREDUCE", "task", "2.6.0"),
            Ticket("dn-2", 12, "Datanode should tolerate a failed disk instead of exiting",
                "A bad disk takes the whole DataNode down even though failed volumes tolerated is configured. The volume should be removed and the node keep serving.", "HDFS", "datanode", "2.7.2"),
            Ticket("sh-2", 14, "Shuffle error: java heap space in fetcher",
                "Reduce tasks fail in the shuffle phase:\n" + string.Format(ShuffleTrace, 9, 64), "MAPREDUCE", "task", "2.6.1"),
            Ticket("ui-2", 15, "Scheduler page of the RM UI fails with ClassCastException",
                "The capacity scheduler page in the ResourceManager web UI is broken (HTTP 500) after switching queues.", "YARN", "resourcemanager", "2.8.0"),
            Ticket("x-6", 16, "Support erasure coding for small files",
                "Erasure coding should handle files smaller than a stripe.", "HDFS", "erasure-coding", "3.0.0"),
            Ticket("nn-3", 18, "Namenode startup crash: null pointer while loading FSImage",
                "NameNode cannot start; exception in FSImage while loading the namespace image from disk.", "HDFS", "namenode", "2.7.2"),
        };
        return tickets;
    }

    public static Dictionary<string, string> FamilyOf(IEnumerable<DuplicateCandidate> tickets) =>
        tickets.ToDictionary(t => t.Id, t => t.Id.StartsWith("x-", StringComparison.Ordinal) ? t.Id : t.Id[..t.Id.IndexOf('-')], StringComparer.Ordinal);

    public static DuplicateCandidate Ticket(string id, int day, string subject, string body, string product, string service, string version) =>
        new(id, Start.AddDays(day), subject, body, product, service, [version], null);
}
